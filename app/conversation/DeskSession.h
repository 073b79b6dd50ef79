#pragma once

#include "Result.h"
#include "conversation/ConversationListModel.h"
#include "conversation/MessageListModel.h"
#include "protocol/Envelope.h"
#include "review/SearchQuery.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace Signet {

class AgentConnection;

// What an agent's desk knows and does, without any widget: it turns the hub's notifications into
// model rows and the agent's actions into requests. On every (re)connect it subscribes again and
// catches each dialog up from its last contiguous sequence, so nothing is lost or shown twice.
class DeskSession : public QObject
{
    Q_OBJECT
public:
    using Completion = std::function<void(const Status &)>;

    explicit DeskSession(AgentConnection *connection, QObject *parent = nullptr);

    AgentConnection *connection() const { return m_connection; }
    ConversationListModel *conversations() { return &m_conversations; }
    // The transcript of a conversation; nullptr when the conversation is unknown.
    MessageListModel *messages(const QString &convId) const { return m_messages.value(convId); }
    QString userId() const;

    bool isAssignedToMe(const QString &convId) const;
    bool isOpen(const QString &convId) const;
    bool canAccept(const QString &convId) const;

    void accept(const QString &convId, Completion done = {});
    void sendText(const QString &convId, const QString &text);
    // Publishes a RichContentEvent with request-level metadata (a sign-in request).
    void publishRichContent(const QString &convId, const QJsonObject &content,
                            const QJsonArray &metadata, Completion done);
    void close(const QString &convId, Completion done = {});
    // Tells the hub who the customer proved to be (the identity, never the token).
    void reportVerifiedIdentity(const QString &convId, const QString &requestId,
                                const QJsonObject &identity, Completion done = {});
    // Tells the hub's audit log that this desk refused or failed an answer (outcome "refused" or
    // "failed", with the reason shown to the agent).
    void reportSignInOutcome(const QString &convId, const QString &requestId,
                             const QString &outcome, const QString &reason);
    // A verified customer's conversations on every channel, read through the live conversation
    // they signed in to (the hub decides who may: see docs/protocol.md).
    void queryHistory(const QString &convId,
                      std::function<void(Result<Protocol::HistoryResponse>)> done);
    // One earlier conversation, read-only: through the live conversation via (agents), or
    // directly (supervisors: via empty).
    void queryTranscript(const QString &convId, const QString &via,
                         std::function<void(Result<Protocol::TranscriptResponse>)> done);
    // Supervisors' review (the hub refuses agents): transcript search, the audit log with the
    // result of its chain check, and a verifiable export of whole transcripts.
    void reviewSearch(const Review::SearchQuery &query,
                      std::function<void(Result<Review::SearchResults>)> done);
    void reviewAudit(const QJsonObject &filter, std::function<void(Result<QJsonObject>)> done);
    void reviewExport(const QStringList &conversationIds,
                      std::function<void(Result<QJsonObject>)> done);
    // The agent has seen the conversation: clears its unread count and tells the customer.
    void markRead(const QString &convId);

signals:
    void conversationAdded(const QString &convId);
    void customerMessageArrived(const QString &convId, const QString &text);
    // A hub event was applied for the first time (live or by catch-up), with its metadata.
    void eventApplied(const Signet::Protocol::MessagingEvent &event);
    // An action the agent took failed; the message is written for the agent.
    void actionFailed(const QString &message);

private:
    void onOnline();
    void onNotification(const Protocol::Envelope &notification);
    void applyConversationChanges(const QJsonObject &body);
    void reconcileWithSnapshot(const Protocol::ConversationChangeNotification &snapshot);
    void applyRoutingTasks(const QJsonObject &body);
    void applyEvent(const Protocol::MessagingEvent &event);
    MessageListModel *ensureMessages(const QString &convId);
    void catchUp(const QString &convId);
    void fetchProfile(const QString &convId, const QString &consumerId);
    void refreshSummary(const QString &convId);
    void updateField(const Protocol::ConversationFieldUpdate &update, Completion done);

    AgentConnection *m_connection;
    ConversationListModel m_conversations;
    QHash<QString, MessageListModel *> m_messages;
    QSet<QString> m_catchUpInFlight;
    QSet<QString> m_catchUpAgain;
    QHash<QString, QString> m_names; // consumer id → display name
    QString m_snapshotSubscription;  // set until that subscription's first (snapshot) notification
    QHash<QString, QString>
        m_rings; // convId → waiting ring id (may arrive before the conversation)
};

} // namespace Signet
