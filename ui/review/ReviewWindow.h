#pragma once

#include "Result.h"
#include "review/SearchQuery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <QPointer>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Signet {
class DeskSession;
class MessageListModel;
} // namespace Signet

namespace Signet::Ui {

class BubbleDelegate;

// The supervisor's transcript review: search what was said (words, "phrases", prefix*) with
// filters on customer, channel, sign-in outcome and time; the hits with their highlighted
// matches; the chosen transcript read-only beside its authentication timeline (request sent,
// style, answered, verified identity, expiry, refusals); and exports — JSON that
// `signet-hub verify-export` can check later, CSV, and PDF with the identity, verification times
// and the export hash in its header. The hub decides who may do this; an agent sees its refusal.
class ReviewWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewWindow(DeskSession *session, QWidget *parent = nullptr);

    void search();
    void open(const QString &conversationId);
    enum class Format { Json, Csv, Pdf };
    // Writes the open transcript as the hub exports it now (the hub audits it, and refuses a
    // login that may not); done with a clear error when there is none, the hub refuses or the
    // file cannot be written.
    void exportTo(const QString &path, Format format, std::function<void(Status)> done);
    QString openConversation() const { return m_openId; }
    // How a transcript's identity reads (plain text): verified, only an agent's assertion, or
    // none.
    static QString identityText(const QJsonObject &identity);
    // How each sign-in request of a transcript ended (request id → words), from its timeline.
    static QHash<QString, QString> signInOutcomes(const QJsonArray &timeline);
    // Every conversation of the last search, as one export (JSON or CSV); done with the outcome.
    void exportResults(const QString &path, Format format, std::function<void(Status)> done);
    // The audit log tab: entries matching the filters, with the hub's check of its chain.
    void loadAudit();
    // The entries loaded last, as the hub answers an audited export request for them (CSV).
    void exportAuditTo(const QString &path, std::function<void(Status)> done);

signals:
    void searched();
    void auditLoaded();
    void opened(const QString &conversationId);

private:
    Review::SearchQuery query() const;
    void showHits(const Review::SearchResults &results);
    void chooseExport(Format format);
    static QString formatName(Format format);
    Status writeExport(const QJsonObject &exported, const QString &conversationId,
                       const QString &path, Format format) const;
    static Status writeAuditCsv(const QJsonArray &entries, const QString &path);
    QJsonObject auditFilter() const;
    // The transcript pane back to "nothing open": nothing left to export.
    void clearTranscript();

    QPointer<DeskSession> m_session;
    QLineEdit *m_text;
    QLineEdit *m_customer;
    QLineEdit *m_subject;
    QLineEdit *m_agent;
    QComboBox *m_channel;
    QComboBox *m_auth;
    QComboBox *m_period;
    QLabel *m_status;
    QListWidget *m_hits;
    QLabel *m_header;
    QListView *m_transcript;
    BubbleDelegate *m_bubbles;
    MessageListModel *m_messages = nullptr;
    QListWidget *m_timeline;
    QPushButton *m_exportJson;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
    QString m_openId;
    QString m_opening; // the transcript asked for last (answers for others are late)
    QHash<QString, QString> m_outcomes; // the open transcript's sign-in requests: how they ended
    QStringList m_hitIds;
    QComboBox *m_auditAction = nullptr;
    QLineEdit *m_auditConversation = nullptr;
    QLineEdit *m_auditActor = nullptr;
    QLabel *m_auditStatus = nullptr;
    QTableWidget *m_auditTable = nullptr;
    QJsonArray m_auditEntries;
    QJsonObject m_auditFilter; // the filter m_auditEntries were loaded with
    QJsonObject m_export;      // the open transcript as the hub exported it
};

} // namespace Signet::Ui
