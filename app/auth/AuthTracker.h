#pragma once

#include "Result.h"
#include "auth/AppleAuthRequest.h"
#include "auth/VerifiedIdentity.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace Signet::Auth {

// Every sign-in request this desk has sent, by requestIdentifier, and where it stands:
// Sending → Sent → Succeeded / Failed (reason) / Expired (no answer in time) / Cancelled.
// Kept in a JSON file (written atomically on every change) so the state survives a restart;
// it holds no secrets — the keys are in the KeyRing.
class AuthTracker : public QObject
{
    Q_OBJECT
public:
    enum class State { Sending, Sent, Succeeded, Failed, Expired, Cancelled };
    Q_ENUM(State)

    struct Request
    {
        QString requestId;
        QString conversationId;
        State state = State::Sending;
        QString reason; // Failed: why
        QDateTime created;
        QDateTime sent;
        QDateTime expires;
        QDateTime ended;
        AuthRequestDraft draft;
        VerifiedIdentity identity; // Succeeded: who signed in
        // The hub sequence of the answer that settled it (-1: none): the same answer seen again
        // (a restarted or re-logged-in desk catching up) is not a replay.
        qint64 answerSequence = -1;
        bool isPending() const { return state == State::Sending || state == State::Sent; }
    };

    static constexpr std::chrono::minutes kDefaultExpiry{10};

    explicit AuthTracker(QString storagePath, QObject *parent = nullptr);

    void setExpiry(std::chrono::seconds expiry) { m_expiry = expiry; }
    std::chrono::seconds expiry() const { return m_expiry; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Reads the saved requests; requests whose time ran out while the desk was closed expire now.
    Status load();

    void create(const QString &requestId, const QString &conversationId,
                const AuthRequestDraft &draft);
    void markSent(const QString &requestId);
    void markSucceeded(const QString &requestId, const VerifiedIdentity &identity,
                       qint64 answerSequence = -1);
    void markFailed(const QString &requestId, const QString &reason, qint64 answerSequence = -1);
    void cancel(const QString &requestId);
    // Expires every pending request whose time is up (also runs on its own timer).
    void expireDue();

    std::optional<Request> request(const QString &requestId) const;
    // Requests still being sent (perhaps queued in the desk's outbox since an earlier run).
    QStringList sendingRequests() const;
    // The newest request in a conversation, and the one still waiting for an answer if any.
    std::optional<Request> latest(const QString &conversationId) const;
    std::optional<Request> pending(const QString &conversationId) const;

    static QString stateText(State state);

signals:
    void changed(const QString &requestId);
    // The request reached a final state: its key can go.
    void ended(const QString &requestId);

private:
    void transition(const QString &requestId, State to, const QString &reason = QString(),
                    const VerifiedIdentity &identity = {}, qint64 answerSequence = -1);
    void save();
    void scheduleExpiry();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    QString m_path;
    std::chrono::seconds m_expiry = kDefaultExpiry;
    std::function<QDateTime()> m_clock;
    QList<Request> m_requests; // oldest first
    QTimer m_timer;
};

} // namespace Signet::Auth
