#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Signet {

// What the agent sent that the hub has not confirmed yet: messages, private notes and sign-in
// requests, in the order they were written. Each item carries its idempotency key (the
// PublishEvent's clientKey), so sending it again after a lost answer stores it once. With a path,
// every change is on disk before it returns (a line appended to a journal and synced; the file is
// rewritten whole, atomically, when it loads and when the journal has grown well past what
// waits; owner-only), so a desk that is killed sends what was waiting when it starts again;
// without one, the outbox lives in memory (tests, a desk without a state directory).
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Signet::Outbox)

public:
    struct Item
    {
        QString key;     // the idempotency key
        QString account; // the hub and user it was written as (sent only there)
        QString conversationId;
        QJsonObject request; // the PublishEvent body, clientKey included
        QJsonArray metadata; // request-level metadata (a sign-in request's)
        QDateTime queued;    // when the agent sent it
        QString text;        // a message or note: its text, for the pending bubble
        bool privateNote = false;
        QString signInRequestId; // a sign-in request: its requestIdentifier
        QDateTime validUntil;    // a sign-in request: not sent after this
        bool isSignIn() const { return !signInRequestId.isEmpty(); }
    };

    explicit Outbox(QString path = QString());
    ~Outbox();

    // Reads the file (a missing file is an empty outbox). A damaged file is moved aside, never
    // overwritten, and the error says where it went.
    Status load();
    const QString &path() const { return m_path; }

    const QList<Item> &items() const { return m_items; }
    std::optional<Item> item(const QString &key) const;
    // The first item written as account (the next to send there).
    std::optional<Item> next(const QString &account) const;
    int count(const QString &account) const;
    bool containsSignIn(const QString &requestId) const;

    // Each change is saved before it returns; a failure to save is reported and the item is still
    // held in memory (it is sent if the desk keeps running).
    Status add(const Item &item);
    Status remove(const QString &key);

private:
    Status append(const QJsonObject &entry);
    Status rewrite();

    QString m_path;
    QList<Item> m_items;
    std::unique_ptr<QFile> m_journal; // open for appending once the file was written whole
    int m_lines = 0;
};

} // namespace Signet
