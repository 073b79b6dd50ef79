#include "conversation/DeskSession.h"

#include "logging/Logging.h"
#include "protocol/Codec.h"
#include "protocol/MessageTypes.h"
#include "transport/AgentConnection.h"

#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace Signet {

using namespace Qt::StringLiterals;
using namespace Protocol;

namespace {
constexpr int kCatchUpPage = 500;
// Catch-ups asked of the hub at once; the rest wait their turn. A desk that reconnects to a
// thousand conversations used to ask for all of them together, and the answers queued behind each
// other until requests timed out and were asked again (docs/benchmarks.md).
constexpr int kCatchUpsInFlight = 4;
} // namespace

DeskSession::DeskSession(AgentConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_ownOutbox(std::make_unique<Outbox>())
    , m_outbox(m_ownOutbox.get())
{
    connect(m_connection, &AgentConnection::online, this, &DeskSession::onOnline);
    connect(m_connection, &AgentConnection::notificationReceived, this,
            &DeskSession::onNotification);
    m_queueRetry.setSingleShot(true);
    connect(&m_queueRetry, &QTimer::timeout, this, &DeskSession::sendNextQueued);
    m_typingExpiry.setInterval(1000);
    connect(&m_typingExpiry, &QTimer::timeout, this, &DeskSession::expireTyping);
    // A connection that is online already (tried before the session was made) starts it once the
    // caller has wired it up.
    if (m_connection->state() == AgentConnection::State::Online)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_connection->state() == AgentConnection::State::Online)
                    onOnline();
            },
            Qt::QueuedConnection);
}

DeskSession::~DeskSession() = default;

void DeskSession::setOutbox(Outbox *outbox)
{
    m_outbox = outbox ? outbox : m_ownOutbox.get();
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        showQueued(it.key(), it.value());
    emit outboxChanged();
}

int DeskSession::waitingToSend() const
{
    return userId().isEmpty() ? 0 : m_outbox->count(userId());
}

bool DeskSession::isQueued(const QString &signInRequestId) const
{
    return m_outbox->containsSignIn(signInRequestId);
}

QString DeskSession::userId() const
{
    return m_connection->login().userId;
}

bool DeskSession::isAssignedToMe(const QString &convId) const
{
    const auto *item = m_conversations.item(convId);
    return item && !userId().isEmpty() && item->details.assignedAgentId() == userId();
}

bool DeskSession::isOpen(const QString &convId) const
{
    const auto *item = m_conversations.item(convId);
    return item && item->details.state == ConversationState::Open;
}

bool DeskSession::canAccept(const QString &convId) const
{
    const auto *item = m_conversations.item(convId);
    return item && item->details.state == ConversationState::Open &&
           item->details.assignedAgentId().isEmpty();
}

bool DeskSession::isSupervisor() const
{
    return m_connection->login().role == "supervisor"_L1;
}

bool DeskSession::hasJoined(const QString &convId) const
{
    const auto *item = m_conversations.item(convId);
    return item && !userId().isEmpty() && item->details.managerIds().contains(userId());
}

bool DeskSession::canWriteToCustomer(const QString &convId) const
{
    return isOpen(convId) && (isAssignedToMe(convId) || (isSupervisor() && hasJoined(convId)));
}

bool DeskSession::canWriteNote(const QString &convId) const
{
    return isOpen(convId) && (isAssignedToMe(convId) || isSupervisor());
}

void DeskSession::onOnline()
{
    auto logFailure = [this](const QString &what) {
        return [this, what](const Result<Envelope> &r) {
            if (!r)
                emit actionFailed(tr("%1 failed: %2").arg(what, r.error()));
        };
    };
    m_connection->request(Types::SetAgentState, toJson(AgentStateRequest{}), this,
                          logFailure(tr("Going online")));
    m_connection->request(Types::SubscribeRoutingTasks, QJsonObject{}, this,
                          logFailure(tr("Subscribing to routing")));
    // This user's own name too: their notes and a supervisor's messages are labelled with it.
    if (!userId().isEmpty())
        askAgentName(userId(), {});
    fetchTeam({}); // small, and asked before the catch-ups' large answers
    m_snapshotSubscription.clear();
    m_connection->request(
        Types::SubscribeExConversations, toJson(SubscribeConversationsRequest{}), this,
        [this](const Result<Envelope> &r) {
            if (!r) {
                emit actionFailed(tr("Subscribing to conversations failed: %1").arg(r.error()));
                return;
            }
            // The hub's next notification for this subscription is the snapshot.
            m_snapshotSubscription = r->body.toObject().value("subscriptionId"_L1).toString();
        });
    // Catch up every dialog we already hold: events may have happened while we were away.
    const QStringList ids = m_conversations.conversationIds();
    for (const QString &convId : ids)
        catchUp(convId);
    // What the agent wrote while the desk was offline (or before it was killed) goes out now.
    sendNextQueued();
}

void DeskSession::onNotification(const Envelope &notification)
{
    if (!notification.body.isObject()) {
        qCWarning(lcConversation) << "dropped notification without an object body:"
                                  << notification.type;
        return;
    }
    const QJsonObject body = notification.body.toObject();
    if (notification.type == Types::ExConversationChangeNotification) {
        applyConversationChanges(body);
    } else if (notification.type == Types::RoutingTaskNotification) {
        applyRoutingTasks(body);
    } else if (notification.type == Types::OnlineEventDistribution) {
        Result<MessagingEvent> event = decodeMessagingEvent(body);
        if (!event) {
            qCWarning(lcConversation) << "dropped malformed event:" << event.error();
            return;
        }
        if (event->event.type == Event::Type::ChatState && event->sequence < 0)
            applyChatState(event.value()); // relayed live, never part of the transcript
        else
            applyEvent(event.value());
    } else {
        qCDebug(lcConversation) << "ignored notification" << notification.type.left(80);
    }
}

void DeskSession::applyConversationChanges(const QJsonObject &body)
{
    Result<ConversationChangeNotification> decoded = decodeConversationChangeNotification(body);
    if (!decoded) {
        qCWarning(lcConversation) << "dropped malformed conversation change:" << decoded.error();
        return;
    }
    bool firstSnapshot = false;
    if (!m_snapshotSubscription.isEmpty() && decoded->subscriptionId == m_snapshotSubscription) {
        m_snapshotSubscription.clear();
        firstSnapshot = ++m_snapshots == 1;
        reconcileWithSnapshot(decoded.value());
    }
    for (const ConversationChange &change : decoded->changes) {
        const QString convId = change.details.convId;
        if (change.type == ConversationChange::Type::Delete) {
            // Gone from this agent's view (taken by another agent). Keep the transcript if it was
            // ours, unless this desk handed it on (then it is someone else's or the queue's).
            if (m_transferredAway.remove(convId) || !isAssignedToMe(convId))
                forget(convId);
            continue;
        }
        // The transcript exists before the row does, so a view that selects the new row finds it.
        ensureMessages(convId);
        const bool wasMine = isAssignedToMe(convId);
        const bool added = m_conversations.upsert(change.details);
        if (!isAssignedToMe(convId))
            m_transferredAway.remove(convId); // back in the queue, and visible as such
        // Assigned to this agent by someone else (a transfer): worth telling, unless it is the
        // desk's first view of the day or this desk asked for it.
        if (!wasMine && isAssignedToMe(convId) && !m_accepting.contains(convId) && !firstSnapshot &&
            change.details.state == ConversationState::Open)
            QTimer::singleShot(0, this, [this, convId] { emit conversationHandedOver(convId); });
        fetchAgentNames(change.details);
        const QString consumerId = change.details.consumerId();
        if (m_names.contains(consumerId))
            m_conversations.setCustomerName(convId, m_names.value(consumerId));
        else if (added && !consumerId.isEmpty())
            fetchProfile(convId, consumerId);
        if (change.lastContentEvent &&
            change.lastContentEvent->event.type == Event::Type::Content) {
            const MessagingEvent &last = *change.lastContentEvent;
            m_conversations.setLastMessage(convId, last.event.message,
                                           QDateTime::fromMSecsSinceEpoch(last.serverTimestamp),
                                           last.originatorRole == ParticipantRole::Consumer);
        }
        if (added) {
            if (m_rings.contains(convId) && change.details.assignedAgentId().isEmpty())
                m_conversations.setRing(convId, m_rings.value(convId));
            catchUp(convId);
            emit conversationAdded(convId);
        }
    }
}

void DeskSession::reconcileWithSnapshot(const ConversationChangeNotification &snapshot)
{
    // What changed while this desk was away and was never told: a waiting conversation taken by
    // another agent leaves the list; one of ours that is gone from the snapshot was closed (or
    // taken from us) and stays visible, closed, so its transcript is not lost.
    QSet<QString> present;
    for (const ConversationChange &change : snapshot.changes)
        present.insert(change.details.convId);
    const QStringList ids = m_conversations.conversationIds();
    for (const QString &convId : ids) {
        if (present.contains(convId) || !isOpen(convId))
            continue;
        if (isAssignedToMe(convId)) {
            ConversationDetails closed = m_conversations.item(convId)->details;
            closed.state = ConversationState::Closed;
            m_conversations.upsert(closed);
        } else {
            forget(convId);
        }
    }
}

void DeskSession::forget(const QString &convId)
{
    m_conversations.remove(convId);
    delete m_messages.take(convId);
    m_loaded.remove(convId);
    m_rings.remove(convId);
    m_customerTyping.remove(convId);
    m_composingSent.remove(convId);
}

void DeskSession::applyRoutingTasks(const QJsonObject &body)
{
    Result<RoutingTaskNotification> decoded = decodeRoutingTaskNotification(body);
    if (!decoded) {
        qCWarning(lcConversation) << "dropped malformed routing task:" << decoded.error();
        return;
    }
    for (const RoutingTask &task : decoded->changes) {
        QString waitingRing;
        if (task.type == RoutingTask::Type::Upsert) {
            for (const Ring &ring : task.rings) {
                if (ring.ringState == "WAITING"_L1)
                    waitingRing = ring.ringId;
            }
        }
        if (waitingRing.isEmpty())
            m_rings.remove(task.conversationId);
        else
            m_rings.insert(task.conversationId, waitingRing);
        m_conversations.setRing(task.conversationId, waitingRing);
    }
}

MessageListModel *DeskSession::ensureMessages(const QString &convId)
{
    MessageListModel *model = m_messages.value(convId);
    if (!model) {
        model = new MessageListModel(convId, this);
        connect(model, &MessageListModel::customerMessageArrived, this,
                [this, convId](const QString &text) {
                    if (m_loaded.contains(convId))
                        emit customerMessageArrived(convId, text);
                });
        connect(model, &MessageListModel::privateNoteArrived, this,
                [this, convId](const QString &from, const QString &text) {
                    if (from == userId() || !m_loaded.contains(convId))
                        return;
                    // A supervisor monitoring is no participant yet: ask for their name first.
                    askAgentName(from, [this, convId, from, text] {
                        emit privateNoteArrived(convId, m_conversations.agentName(from), text);
                    });
                });
        m_messages.insert(convId, model);
        showQueued(convId, model);
    }
    return model;
}

void DeskSession::applyEvent(const MessagingEvent &event)
{
    const QString convId = event.conversationId;
    if (!m_conversations.item(convId)) {
        qCDebug(lcConversation) << "event for a conversation not in view:" << convId.left(40);
        return;
    }
    MessageListModel *model = ensureMessages(convId);
    const bool gap = event.sequence > model->contiguousSequence() + 1;
    if (!model->apply(event))
        return;
    nameWriter(event);
    emit eventApplied(event);
    refreshSummary(convId);
    if (gap)
        catchUp(convId);
}

void DeskSession::refreshSummary(const QString &convId)
{
    MessageListModel *model = m_messages.value(convId);
    if (!model)
        return;
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const MessageListModel::Message &m = model->messageAt(row);
        // The customer's conversation: private notes neither preview nor end a wait.
        if ((m.sequence < 0 && m.delivery != MessageListModel::Delivery::Pending) || m.agentsOnly)
            continue;
        m_conversations.setLastMessage(convId, m.text, m.timestamp, m.fromCustomer());
        break;
    }
    m_conversations.setUnread(convId, model->unreadFromCustomer());
}

void DeskSession::catchUp(const QString &convId)
{
    if (m_connection->state() != AgentConnection::State::Online)
        return;
    if (m_catchUpInFlight.contains(convId)) {
        m_catchUpAgain.insert(convId);
        return;
    }
    if (m_catchUpInFlight.size() >= kCatchUpsInFlight) {
        if (!m_catchUpQueued.contains(convId)) {
            m_catchUpQueued.insert(convId);
            m_catchUpQueue.append(convId);
        }
        return;
    }
    MessageListModel *model = ensureMessages(convId);
    const auto *item = m_conversations.item(convId);
    QueryMessagesRequest query;
    query.dialogId = item ? item->details.mainDialogId() : convId;
    query.newerThanSequence = model->contiguousSequence();
    query.maxQuantity = kCatchUpPage;
    m_catchUpInFlight.insert(convId);
    m_connection->request(
        Types::QueryMessages, toJson(query), this, [this, convId](const Result<Envelope> &r) {
            m_catchUpInFlight.remove(convId);
            // Whatever this answer was, the next waiting conversation may go.
            QTimer::singleShot(0, this, &DeskSession::startQueuedCatchUps);
            if (!r) {
                qCInfo(lcConversation) << "catch-up failed:" << r.error();
                return; // the next reconnect or gap tries again
            }
            Result<QList<MessagingEvent>> events = decodeMessagingEvents(r->body);
            if (!events) {
                qCWarning(lcConversation)
                    << "dropped malformed QueryMessages answer:" << events.error();
                return;
            }
            MessageListModel *transcript = m_messages.value(convId);
            if (!transcript)
                return;
            for (const MessagingEvent &event : events.value()) {
                if (transcript->apply(event)) {
                    nameWriter(event);
                    emit eventApplied(event);
                }
            }
            refreshSummary(convId);
            m_loaded.insert(convId);
            // Was the page cut by the hub's size budget? A cut page encodes to more than the
            // budget less one event (≤ 64 Ki characters, ≤ 6 bytes each when escaped), so its
            // characters plus a little per event exceed an eighth of the budget; below that it
            // was not cut (asking again after a large page that was not cut costs one request).
            qsizetype size = 0;
            for (const MessagingEvent &event : events.value())
                size += event.event.message.size() + 256;
            const bool maybeCut = size > kQueryMessagesBudget / 8;
            if (events->size() >= kCatchUpPage || maybeCut || m_catchUpAgain.remove(convId) ||
                transcript->highestSequence() > transcript->contiguousSequence())
                catchUp(convId);
        });
}

void DeskSession::startQueuedCatchUps()
{
    while (m_catchUpInFlight.size() < kCatchUpsInFlight && !m_catchUpQueue.isEmpty()) {
        const QString convId = m_catchUpQueue.takeFirst();
        m_catchUpQueued.remove(convId);
        if (m_conversations.item(convId)) // not forgotten meanwhile
            catchUp(convId);
    }
}

void DeskSession::fetchProfile(const QString &convId, const QString &consumerId)
{
    m_connection->request(Types::GetUserProfile, QJsonObject{{"userId"_L1, consumerId}}, this,
                          [this, convId, consumerId](const Result<Envelope> &r) {
                              if (!r)
                                  return;
                              Result<UserProfile> profile = decodeUserProfile(r->body.toObject());
                              if (!profile)
                                  return;
                              m_names.insert(consumerId, profile->displayName());
                              m_conversations.setCustomerName(convId, profile->displayName());
                          });
}

void DeskSession::fetchAgentNames(const ConversationDetails &details)
{
    // Supervisors see who handles what; the hub answers GetUserProfile for agents too.
    QStringList ids = details.managerIds();
    ids.prepend(details.assignedAgentId());
    for (const QString &id : std::as_const(ids)) {
        if (!id.isEmpty())
            askAgentName(id, {});
    }
}

void DeskSession::askAgentName(const QString &id, const std::function<void()> &then)
{
    if (m_agentNamesKnown.contains(id)) {
        if (then)
            then();
        return;
    }
    const bool asking = m_nameWaiters.contains(id);
    QList<std::function<void()>> &waiters = m_nameWaiters[id];
    if (then)
        waiters.append(then);
    if (asking)
        return; // on its way
    m_connection->request(Types::GetUserProfile, QJsonObject{{"userId"_L1, id}}, this,
                          [this, id](const Result<Envelope> &r) {
                              Result<UserProfile> profile =
                                  r ? decodeUserProfile(r->body.toObject())
                                    : Result<UserProfile>(fail(r.error()));
                              // Asked once per session: without a name (a server that
                              // does not tell), the user id stands in.
                              m_agentNamesKnown.insert(id);
                              if (profile) {
                                  m_conversations.setAgentName(id, profile->displayName());
                                  emit agentNamed(id);
                              }
                              const QList<std::function<void()>> waiting = m_nameWaiters.take(id);
                              for (const std::function<void()> &f : waiting)
                                  f();
                          });
}

void DeskSession::nameWriter(const MessagingEvent &event)
{
    // Transcripts name supervisors and the writers of private notes.
    if (event.event.agentsOnly || event.originatorRole == ParticipantRole::Manager)
        askAgentName(event.originatorId, {});
}

QString DeskSession::agentName(const QString &userId) const
{
    return m_conversations.agentName(userId);
}

void DeskSession::updateField(const ConversationFieldUpdate &update, Completion done)
{
    m_connection->request(Types::UpdateConversationField, toJson(update), this,
                          [done = std::move(done)](const Result<Envelope> &r) {
                              if (done)
                                  done(r ? Status(Done{}) : Status(fail(r.error())));
                          });
}

void DeskSession::accept(const QString &convId, Completion done)
{
    ConversationFieldUpdate update;
    update.conversationId = convId;
    update.action = ConversationFieldUpdate::Action::AddParticipant;
    update.userId = userId();
    update.role = ParticipantRole::AssignedAgent;
    m_accepting.insert(convId);
    updateField(update, [this, convId, done = std::move(done)](const Status &status) {
        m_accepting.remove(convId);
        if (!status)
            emit actionFailed(tr("Could not accept the conversation: %1").arg(status.error()));
        if (done)
            done(status);
    });
}

void DeskSession::join(const QString &convId, Completion done)
{
    ConversationFieldUpdate update;
    update.conversationId = convId;
    update.action = ConversationFieldUpdate::Action::AddParticipant;
    update.userId = userId();
    update.role = ParticipantRole::Manager;
    updateField(update, [this, done = std::move(done)](const Status &status) {
        if (!status)
            emit actionFailed(tr("Could not join the conversation: %1").arg(status.error()));
        if (done)
            done(status);
    });
}

void DeskSession::leave(const QString &convId, Completion done)
{
    ConversationFieldUpdate update;
    update.conversationId = convId;
    update.action = ConversationFieldUpdate::Action::RemoveParticipant;
    update.userId = userId();
    update.role = ParticipantRole::Manager;
    updateField(update, [this, done = std::move(done)](const Status &status) {
        if (!status)
            emit actionFailed(tr("Could not leave the conversation: %1").arg(status.error()));
        if (done)
            done(status);
    });
}

void DeskSession::close(const QString &convId, Completion done)
{
    close(convId, QString(), QString(), std::move(done));
}

void DeskSession::close(const QString &convId, const QString &dispositionCode, const QString &note,
                        Completion done)
{
    ConversationFieldUpdate update;
    update.conversationId = convId;
    update.action = ConversationFieldUpdate::Action::Close;
    update.dispositionCode = dispositionCode;
    update.dispositionNote = note.trimmed();
    updateField(update, [this, done = std::move(done)](const Status &status) {
        if (!status)
            emit actionFailed(tr("Could not close the conversation: %1").arg(status.error()));
        if (done)
            done(status);
    });
}

void DeskSession::transfer(const QString &convId, const QString &toAgent, const QString &skill,
                           Completion done)
{
    ConversationFieldUpdate update;
    update.conversationId = convId;
    update.action = ConversationFieldUpdate::Action::Transfer;
    update.userId = toAgent;
    update.skill = skill;
    if (toAgent.isEmpty() && skill.isEmpty() && m_conversations.item(convId))
        update.skill = m_conversations.item(convId)->details.skill; // back to its own queue
    m_transferredAway.insert(convId);
    setComposing(convId, false);
    updateField(update, [this, convId, done = std::move(done)](const Status &status) {
        if (!status) {
            m_transferredAway.remove(convId);
            emit actionFailed(tr("Could not transfer the conversation: %1").arg(status.error()));
        }
        if (done)
            done(status);
    });
}

void DeskSession::fetchTeam(std::function<void(Result<TeamInfo>)> done)
{
    m_connection->request(Types::GetTeam, QJsonObject{}, this,
                          [this, done = std::move(done)](const Result<Envelope> &r) {
                              Result<TeamInfo> team = r ? decodeTeamInfo(r->body.toObject())
                                                        : Result<TeamInfo>(fail(r.error()));
                              if (team) {
                                  m_team = team.value();
                                  emit teamChanged();
                              }
                              if (done)
                                  done(team);
                          });
}

void DeskSession::setComposing(const QString &convId, bool composing)
{
    if (!canWriteToCustomer(convId) || m_connection->state() != AgentConnection::State::Online)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto it = m_composingSent.constFind(convId);
    if (composing && it != m_composingSent.constEnd() && now - it.value() < kComposingRepeatMs)
        return; // said a moment ago: the customer still sees it
    if (!composing && it == m_composingSent.constEnd())
        return; // nothing to take back
    if (composing)
        m_composingSent.insert(convId, now);
    else
        m_composingSent.remove(convId);
    PublishEventRequest request;
    request.conversationId = convId;
    request.dialogId = m_conversations.item(convId)->details.mainDialogId();
    request.event.type = Event::Type::ChatState;
    request.event.chatState = composing ? u"COMPOSING"_s : u"ACTIVE"_s;
    m_connection->request(Types::PublishEvent, toJson(request), this,
                          [](const Result<Envelope> &r) {
                              if (!r)
                                  qCDebug(lcConversation) << "chat state not sent:" << r.error();
                          });
}

bool DeskSession::isCustomerTyping(const QString &convId) const
{
    return m_customerTyping.value(convId) > QDateTime::currentMSecsSinceEpoch();
}

void DeskSession::applyChatState(const MessagingEvent &event)
{
    const QString convId = event.conversationId;
    if (event.originatorRole != ParticipantRole::Consumer || !m_conversations.item(convId))
        return;
    const bool typing = event.event.chatState == "COMPOSING"_L1;
    const bool was = isCustomerTyping(convId);
    if (typing)
        m_customerTyping.insert(convId, QDateTime::currentMSecsSinceEpoch() + kTypingTtlMs);
    else
        m_customerTyping.remove(convId);
    if (typing && !m_typingExpiry.isActive())
        m_typingExpiry.start();
    if (typing != was) {
        m_conversations.setCustomerTyping(convId, typing);
        emit customerTypingChanged(convId, typing);
    }
}

void DeskSession::expireTyping()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_customerTyping.begin(); it != m_customerTyping.end();) {
        if (it.value() > now) {
            ++it;
            continue;
        }
        const QString convId = it.key();
        it = m_customerTyping.erase(it);
        m_conversations.setCustomerTyping(convId, false);
        emit customerTypingChanged(convId, false);
    }
    if (m_customerTyping.isEmpty())
        m_typingExpiry.stop();
}

void DeskSession::sendText(const QString &convId, const QString &text, bool privateNote)
{
    MessageListModel *model = m_messages.value(convId);
    const QString trimmed = text.trimmed();
    if (!model || trimmed.isEmpty())
        return;
    if (userId().isEmpty()) {
        emit actionFailed(tr("Not signed in to a server: the message was not sent."));
        return;
    }
    PublishEventRequest request;
    request.conversationId = convId;
    const auto *item = m_conversations.item(convId);
    request.dialogId = item ? item->details.mainDialogId() : convId;
    request.event.type = Event::Type::Content;
    request.event.message = trimmed;
    request.event.agentsOnly = privateNote;
    Outbox::Item queued = outboxItem(request);
    queued.text = trimmed;
    queued.privateNote = privateNote;
    model->addPending(queued.key, userId(), trimmed, queued.queued.toLocalTime(), privateNote,
                      isAssignedToMe(convId) ? ParticipantRole::AssignedAgent
                                             : ParticipantRole::Manager);
    refreshSummary(convId);
    queue(queued);
}

void DeskSession::publishRichContent(const QString &convId, const QJsonObject &content,
                                     const QJsonArray &metadata, Completion done,
                                     const QString &signInRequestId, const QDateTime &validUntil)
{
    const auto *item = m_conversations.item(convId);
    if (!item || userId().isEmpty()) {
        done(fail(item ? tr("Not connected to the server.") : tr("No such conversation.")));
        return;
    }
    PublishEventRequest request;
    request.conversationId = convId;
    request.dialogId = item->details.mainDialogId();
    request.event.type = Event::Type::RichContent;
    request.event.content = content;
    Outbox::Item queued = outboxItem(request);
    queued.metadata = metadata;
    queued.signInRequestId = signInRequestId;
    queued.validUntil = validUntil;
    if (m_connection->state() == AgentConnection::State::Online) {
        m_queuedDone.insert(queued.key, std::move(done));
        queue(queued);
        return;
    }
    // The hub is out of reach: the caller hears that it is queued, and the signals tell the rest.
    queue(queued);
    done(Done{});
}

Outbox::Item DeskSession::outboxItem(PublishEventRequest &request) const
{
    // The idempotency key is the item's: however often it is sent, the hub stores it once.
    request.clientKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Outbox::Item item;
    item.key = request.clientKey;
    item.account = userId();
    item.conversationId = request.conversationId;
    item.request = toJson(request);
    item.queued = QDateTime::currentDateTimeUtc();
    return item;
}

void DeskSession::withdrawSignIn(const QString &signInRequestId)
{
    const QList<Outbox::Item> &items = m_outbox->items();
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const Outbox::Item &item) {
        return item.signInRequestId == signInRequestId;
    });
    // One being sent cannot be called back; its answer finds the request ended.
    if (it == items.cend() || it->key == m_inFlight)
        return;
    const QString key = it->key;
    m_queuedDone.remove(key);
    if (Status removed = m_outbox->remove(key); !removed)
        emit actionFailed(removed.error());
    emit outboxChanged();
}

void DeskSession::queue(Outbox::Item item)
{
    if (Status saved = m_outbox->add(item); !saved)
        emit actionFailed(
            tr("%1 What you sent is kept only while the desk runs.").arg(saved.error()));
    emit outboxChanged();
    sendNextQueued();
}

void DeskSession::showQueued(const QString &convId, MessageListModel *model)
{
    if (userId().isEmpty())
        return;
    for (const Outbox::Item &item : m_outbox->items()) {
        if (item.account != userId() || item.conversationId != convId || item.isSignIn() ||
            model->rowOfLocalId(item.key) >= 0)
            continue;
        model->addPending(
            item.key, userId(), item.text, item.queued.toLocalTime(), item.privateNote,
            isSupervisor() ? ParticipantRole::Manager : ParticipantRole::AssignedAgent);
    }
}

void DeskSession::sendNextQueued()
{
    // One at a time, oldest first: the hub stores them in the order the agent wrote them.
    if (!m_inFlight.isEmpty() || m_connection->state() != AgentConnection::State::Online)
        return;
    const std::optional<Outbox::Item> next = m_outbox->next(userId());
    if (!next)
        return;
    if (next->isSignIn() && next->validUntil.isValid() &&
        next->validUntil <= QDateTime::currentDateTimeUtc()) {
        settleQueued(*next, fail(tr("it expired before the desk could send it")));
        return sendNextQueued();
    }
    m_inFlight = next->key;
    m_connection->request(
        Types::PublishEvent, next->request, this,
        [this, key = next->key](const Result<Envelope> &r) {
            m_inFlight.clear();
            const std::optional<Outbox::Item> item = m_outbox->item(key);
            if (!item)
                return sendNextQueued(); // withdrawn meanwhile
            // Not reached, no answer, a login that just expired (the desk signs in again), the hub
            // still busy after the transport's own retries, or the hub's own trouble: kept, and
            // sent again (the hub stores it once); after a lost connection, once back online.
            const bool transient =
                !r || r->code == 401 || r->code == 408 || r->code == 429 || r->code >= 500;
            if (transient) {
                if (Completion done = m_queuedDone.take(key))
                    done(Done{});
                if (m_connection->state() == AgentConnection::State::Online)
                    m_queueRetry.start(r ? 5000 : 2000);
                return;
            }
            if (r->isError()) {
                settleQueued(*item, fail(r->errorMessage()));
            } else {
                const qint64 sequence = r->body.toObject().value("sequence"_L1).toInteger(-1);
                settleQueued(*item, sequence >= 0 ? Result<qint64>(sequence)
                                                  : Result<qint64>(
                                                        fail(tr("the server did not confirm it"))));
            }
            sendNextQueued();
        },
        next->metadata, AgentConnection::ErrorAnswers::Deliver);
}

void DeskSession::settleQueued(const Outbox::Item &item, const Result<qint64> &sequence)
{
    if (Status removed = m_outbox->remove(item.key); !removed)
        emit actionFailed(removed.error());
    if (item.isSignIn()) {
        if (sequence)
            emit signInRequestPublished(item.signInRequestId);
        else
            emit signInRequestNotSent(item.signInRequestId, sequence.error());
    } else if (MessageListModel *transcript = m_messages.value(item.conversationId)) {
        if (sequence)
            transcript->confirmPending(item.key, sequence.value());
        else
            transcript->failPending(item.key, tr("Not sent: %1").arg(sequence.error()));
        refreshSummary(item.conversationId);
    } else if (!sequence) {
        emit actionFailed(tr("A message you wrote while offline was not sent: %1 (“%2”)")
                              .arg(sequence.error(), item.text.left(80)));
    }
    if (Completion done = m_queuedDone.take(item.key))
        done(sequence ? Status(Done{}) : Status(fail(sequence.error())));
    emit outboxChanged();
}

void DeskSession::reportVerifiedIdentity(const QString &convId, const QString &requestId,
                                         const QJsonObject &identity, Completion done)
{
    QJsonObject body = identity;
    body.insert("conversationId"_L1, convId);
    body.insert("requestIdentifier"_L1, requestId);
    m_connection->request(
        Types::ReportVerifiedIdentity, body, this, [this, done](const Result<Envelope> &r) {
            if (!r)
                emit actionFailed(
                    tr("The hub did not record the verified identity: %1").arg(r.error()));
            if (done)
                done(r ? Status(Done{}) : Status(fail(r.error())));
        });
}

void DeskSession::reportSignInOutcome(const QString &convId, const QString &requestId,
                                      const QString &outcome, const QString &reason)
{
    m_connection->request(Types::ReportSignInOutcome,
                          QJsonObject{{"conversationId"_L1, convId},
                                      {"requestIdentifier"_L1, requestId},
                                      {"outcome"_L1, outcome},
                                      {"reason"_L1, reason}},
                          this, [](const Result<Envelope> &r) {
                              if (!r)
                                  qCWarning(lcConversation)
                                      << "the hub did not record a sign-in outcome:" << r.error();
                          });
}

void DeskSession::reviewSearch(const Review::SearchQuery &query,
                               std::function<void(Result<Review::SearchResults>)> done)
{
    m_connection->request(Types::ReviewSearch, query.toJson(), this,
                          [done](const Result<Envelope> &r) {
                              if (!r)
                                  return done(fail(r.error()));
                              done(Review::decodeSearchResults(r->body.toObject()));
                          });
}

void DeskSession::reviewAudit(const QJsonObject &filter,
                              std::function<void(Result<QJsonObject>)> done)
{
    m_connection->request(Types::ReviewAudit, filter, this, [done](const Result<Envelope> &r) {
        if (!r)
            return done(fail(r.error()));
        done(r->body.toObject());
    });
}

void DeskSession::reviewExport(const QStringList &conversationIds, const QString &purpose,
                               std::function<void(Result<QJsonObject>)> done)
{
    m_connection->request(
        Types::ReviewExport,
        QJsonObject{{"conversationIds"_L1, QJsonArray::fromStringList(conversationIds)},
                    {"purpose"_L1, purpose}},
        this, [done](const Result<Envelope> &r) {
            if (!r)
                return done(fail(r.error()));
            done(r->body.toObject());
        });
}

void DeskSession::queryHistory(const QString &convId,
                               std::function<void(Result<HistoryResponse>)> done)
{
    m_connection->request(Types::HistoryConversations, QJsonObject{{"conversationId"_L1, convId}},
                          this, [done](const Result<Envelope> &r) {
                              if (!r)
                                  return done(fail(r.error()));
                              done(decodeHistoryResponse(r->body.toObject()));
                          });
}

void DeskSession::queryTranscript(const QString &convId, const QString &via,
                                  std::function<void(Result<TranscriptResponse>)> done)
{
    QJsonObject body{{"conversationId"_L1, convId}};
    if (!via.isEmpty())
        body.insert("via"_L1, via);
    m_connection->request(Types::HistoryTranscript, body, this, [done](const Result<Envelope> &r) {
        if (!r)
            return done(fail(r.error()));
        done(decodeTranscriptResponse(r->body.toObject()));
    });
}

void DeskSession::markRead(const QString &convId)
{
    MessageListModel *model = m_messages.value(convId);
    if (!model)
        return;
    const QList<qint64> unread = model->unreadCustomerSequences();
    model->markCustomerMessagesRead();
    m_conversations.setUnread(convId, 0);
    if (unread.isEmpty() || !isAssignedToMe(convId))
        return;
    PublishEventRequest request;
    request.conversationId = convId;
    request.dialogId = m_conversations.item(convId)->details.mainDialogId();
    request.event.type = Event::Type::AcceptStatus;
    request.event.status = u"READ"_s;
    request.event.sequenceList = unread;
    m_connection->request(Types::PublishEvent, toJson(request), this,
                          [](const Result<Envelope> &) {});
}

} // namespace Signet
