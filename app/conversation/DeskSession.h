#pragma once

#include "Result.h"
#include "conversation/ConversationListModel.h"
#include "conversation/MessageListModel.h"
#include "conversation/Outbox.h"
#include "protocol/Envelope.h"
#include "review/SearchQuery.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace Signet {

class AgentConnection;

// What an agent's desk knows and does, without any widget: it turns the hub's notifications into
// model rows and the agent's actions into requests. On every (re)connect it subscribes again and
// catches each dialog up from its last contiguous sequence, so nothing is lost or shown twice.
// What the agent sends goes through an outbox: kept (on disk, given one) until the hub confirms
// it, sent in order once online, and stored once by the hub whatever was lost on the way.
class DeskSession : public QObject
{
    Q_OBJECT
public:
    using Completion = std::function<void(const Status &)>;

    explicit DeskSession(AgentConnection *connection, QObject *parent = nullptr);
    ~DeskSession() override;

    // The outbox to send through, kept by the caller (the desk's, on disk); before this the session
    // has one of its own in memory. Set it before the connection opens.
    void setOutbox(Outbox *outbox);
    Outbox *outbox() const { return m_outbox; }
    // Items waiting for the hub's confirmation, written as this user.
    int waitingToSend() const;

    AgentConnection *connection() const { return m_connection; }
    ConversationListModel *conversations() { return &m_conversations; }
    // The transcript of a conversation; nullptr when the conversation is unknown.
    MessageListModel *messages(const QString &convId) const { return m_messages.value(convId); }
    // Whether the transcript's history has arrived: events after this are announced as new.
    bool hasLoaded(const QString &convId) const { return m_loaded.contains(convId); }
    QString userId() const;
    // An agent's or supervisor's display name (their user id until the hub has told).
    QString agentName(const QString &userId) const;

    bool isAssignedToMe(const QString &convId) const;
    bool isOpen(const QString &convId) const;
    bool canAccept(const QString &convId) const;
    // The login's role; the hub enforces it whatever the desk shows.
    bool isSupervisor() const;
    // This supervisor joined the conversation as MANAGER.
    bool hasJoined(const QString &convId) const;
    // May write to the customer: the assigned agent, or a supervisor who joined.
    bool canWriteToCustomer(const QString &convId) const;
    // May write a private note: the assigned agent, or any supervisor (monitoring or joined).
    bool canWriteNote(const QString &convId) const;

    void accept(const QString &convId, Completion done = {});
    // Supervisors: join an open conversation as MANAGER (to write to the customer), or leave it.
    void join(const QString &convId, Completion done = {});
    void leave(const QString &convId, Completion done = {});
    // A message to the customer, or (privateNote) a note only agents and supervisors see. It shows
    // at once as pending and is sent through the outbox (now, or once the desk is back online).
    void sendText(const QString &convId, const QString &text, bool privateNote = false);
    // Publishes a RichContentEvent with request-level metadata (a sign-in request, which is not
    // sent after validUntil) through the outbox. done runs once: when the hub stored it, when the
    // hub refused it (an error), or, when the hub cannot be reached now, as soon as it is queued
    // (isQueued() is then true; signInRequestPublished or signInRequestNotSent follow).
    void publishRichContent(const QString &convId, const QJsonObject &content,
                            const QJsonArray &metadata, Completion done,
                            const QString &signInRequestId = QString(),
                            const QDateTime &validUntil = QDateTime());
    bool isQueued(const QString &signInRequestId) const;
    // Takes a sign-in request out of the outbox before it is sent (cancelled, expired).
    void withdrawSignIn(const QString &signInRequestId);
    void close(const QString &convId, Completion done = {});
    // Closes with the team's disposition code (and an optional note) for the conversation.
    void close(const QString &convId, const QString &dispositionCode, const QString &note,
               Completion done);
    // Hands a conversation of this agent's on: to an agent who is online (toAgent), or back to the
    // queue of a skill (toAgent empty; skill empty keeps the current one). It leaves this desk.
    void transfer(const QString &convId, const QString &toAgent, const QString &skill,
                  Completion done = {});
    // The team: who to transfer to (and who is online now), skills, dispositions, canned
    // responses. Asked of the hub each time (who is online changes).
    void fetchTeam(std::function<void(Result<Protocol::TeamInfo>)> done);
    // The last team the hub told (empty lists before the first answer); fetched when online.
    const Protocol::TeamInfo &team() const { return m_team; }
    // The agent is typing in a conversation's composer (true) or stopped (false): the customer
    // sees "typing…". Sent at most every few seconds, never queued (stale news is no news).
    void setComposing(const QString &convId, bool composing);
    // Whether the customer is typing now (from their chat state, for kTypingTtlMs at most).
    bool isCustomerTyping(const QString &convId) const;
    static constexpr int kTypingTtlMs = 8000;
    static constexpr int kComposingRepeatMs = 3000;
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
    // purpose: "view" (shown, audited as transcript.viewed) or the format of the file it is
    // written to ("json", "csv", "pdf"; audited as export.created).
    void reviewExport(const QStringList &conversationIds, const QString &purpose,
                      std::function<void(Result<QJsonObject>)> done);
    // The agent has seen the conversation: clears its unread count and, when it is theirs, tells
    // the customer. A supervisor monitoring a conversation never marks it read for anyone.
    void markRead(const QString &convId);

signals:
    void conversationAdded(const QString &convId);
    // A customer wrote in a conversation whose transcript the desk had loaded before: messages that
    // arrive live or in a catch-up after a reconnect, never the first load of a transcript.
    void customerMessageArrived(const QString &convId, const QString &text);
    // Someone handed this agent a conversation (a transfer, or a supervisor's assignment) while
    // the desk was running.
    void conversationHandedOver(const QString &convId);
    // The customer started or stopped typing.
    void customerTypingChanged(const QString &convId, bool typing);
    // The team's lists arrived or changed.
    void teamChanged();
    // The hub told the display name of an agent or supervisor (agentName() has it now).
    void agentNamed(const QString &userId);
    // Someone else wrote a private note in a conversation this desk sees (as customer messages:
    // not on a transcript's first load).
    void privateNoteArrived(const QString &convId, const QString &fromName, const QString &text);
    // A hub event was applied for the first time (live or by catch-up), with its metadata.
    void eventApplied(const Signet::Protocol::MessagingEvent &event);
    // An action the agent took failed; the message is written for the agent.
    void actionFailed(const QString &message);
    // The outbox gained or lost an item.
    void outboxChanged();
    // A queued sign-in request reached the hub, or will never be sent (the hub refused it, or it
    // expired waiting).
    void signInRequestPublished(const QString &requestId);
    void signInRequestNotSent(const QString &requestId, const QString &reason);

private:
    void onOnline();
    void onNotification(const Protocol::Envelope &notification);
    void applyConversationChanges(const QJsonObject &body);
    void reconcileWithSnapshot(const Protocol::ConversationChangeNotification &snapshot);
    void applyRoutingTasks(const QJsonObject &body);
    // Drops a conversation this desk no longer sees, with everything it kept about it.
    void forget(const QString &convId);
    void applyEvent(const Protocol::MessagingEvent &event);
    MessageListModel *ensureMessages(const QString &convId);
    void catchUp(const QString &convId);
    void startQueuedCatchUps();
    void fetchProfile(const QString &convId, const QString &consumerId);
    void fetchAgentNames(const Protocol::ConversationDetails &details);
    void askAgentName(const QString &id, const std::function<void()> &then);
    void nameWriter(const Protocol::MessagingEvent &event);
    void refreshSummary(const QString &convId);
    void updateField(const Protocol::ConversationFieldUpdate &update, Completion done);
    // An outbox item for a PublishEvent (which gets the item's key as its clientKey).
    Outbox::Item outboxItem(Protocol::PublishEventRequest &request) const;
    void queue(Outbox::Item item);
    void sendNextQueued();
    void settleQueued(const Outbox::Item &item, const Result<qint64> &sequence);
    void showQueued(const QString &convId, MessageListModel *model);

    AgentConnection *m_connection;
    ConversationListModel m_conversations;
    QHash<QString, MessageListModel *> m_messages;
    QSet<QString> m_catchUpInFlight;
    QSet<QString> m_catchUpAgain;
    QList<QString> m_catchUpQueue; // waiting for a free slot, oldest first
    QSet<QString> m_catchUpQueued;
    QSet<QString> m_loaded;          // conversations whose first catch-up was answered
    QSet<QString> m_accepting;       // accepted (or joined) by this desk, answer pending
    QSet<QString> m_transferredAway; // handed on by this desk: its DELETE removes it here
    int m_snapshots = 0;             // conversation snapshots applied (one per connection)
    Protocol::TeamInfo m_team;
    QHash<QString, qint64> m_customerTyping; // convId → until when (ms) the customer types
    QHash<QString, qint64> m_composingSent;  // convId → when COMPOSING was last sent (ms)
    QTimer m_typingExpiry;
    void expireTyping();
    void applyChatState(const Protocol::MessagingEvent &event);
    QHash<QString, QString> m_names; // consumer id → display name
    QSet<QString> m_agentNamesKnown; // agent and supervisor ids whose names were asked for
    QHash<QString, QList<std::function<void()>>> m_nameWaiters; // asked for, not answered yet
    QString m_snapshotSubscription; // set until that subscription's first (snapshot) notification
    QHash<QString, QString>
        m_rings; // convId → waiting ring id (may arrive before the conversation)
    std::unique_ptr<Outbox> m_ownOutbox;
    Outbox *m_outbox = nullptr;
    QString m_inFlight;                      // the outbox item being sent
    QHash<QString, Completion> m_queuedDone; // outbox key → the caller's completion, if still due
    QTimer m_queueRetry;                     // sends again after a timeout or a hub failure
};

} // namespace Signet
