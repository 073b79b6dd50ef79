#include "agentapi/AgentSession.h"

#include "auth/AppleAuthRequest.h"
#include "auth/SignInCapability.h"
#include "channels/apple/AppleSignInFlow.h"
#include "crypto/AppleTokenCipher.h"
#include "crypto/Jws.h"
#include "logging/Logging.h"
#include "protocol/Codec.h"
#include "protocol/JsonReader.h"
#include "protocol/MessageTypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>

namespace Signet::Hub {

using namespace Qt::StringLiterals;
using namespace Protocol;

namespace {
// ".ams.ms.PublishEvent" → "ms.PublishEventResponse", LivePerson's naming of responses; two of
// its responses are named "<request>$Response" instead, and its agent SDK reads them by that name.
QString responseType(const QString &requestType)
{
    if (requestType == Types::QueryMessages || requestType == Types::GetUserProfile)
        return requestType + "$Response"_L1;
    QString type = requestType;
    if (type.startsWith(".ams."_L1))
        type = type.mid(5);
    else if (type.startsWith(u'.'))
        type = type.mid(1);
    return type + "Response"_L1;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

AgentSession::AgentSession(HubServer *hub, std::unique_ptr<QWebSocket> socket, BearerGrant grant,
                           QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_socket(std::move(socket))
    , m_grant(std::move(grant))
{
    m_socket->setMaxAllowedIncomingFrameSize(kMaxFrameBytes);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxFrameBytes);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &AgentSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this] {
        m_socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported, u"text frames only"_s);
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &AgentSession::closed);
    // A desk that went away without closing (a cut cable, a sleeping laptop) is let go.
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    m_keepAlive.setInterval(std::max(10, m_hub->options().keepAliveMs));
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        if (m_awaitingPong) {
            qCInfo(lcHub) << "no answer from" << agentId() << "; closing its connection";
            m_socket->abort();
            return;
        }
        m_awaitingPong = true;
        m_socket->ping();
    });
    m_keepAlive.start();
}

AgentSession::~AgentSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void AgentSession::abort()
{
    m_socket->abort();
}

void AgentSession::closeBecause(const QString &why)
{
    qCInfo(lcHub) << "closing a session of" << agentId() << ':' << why;
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, why);
}

bool AgentSession::canSee(const ConversationDetails &details) const
{
    if (isSupervisor())
        return true;
    if (details.state != ConversationState::Open)
        return false;
    const QString assigned = details.assignedAgentId();
    return assigned.isEmpty() || assigned == agentId();
}

bool AgentSession::isSubscribedTo(const ConversationDetails &details) const
{
    if (!canSee(details))
        return false;
    if (m_subscribedAgents.isEmpty())
        return true;
    if (m_subscribedAgents.contains(details.assignedAgentId()))
        return true;
    const QStringList managers = details.managerIds();
    return std::any_of(managers.cbegin(), managers.cend(),
                       [this](const QString &id) { return m_subscribedAgents.contains(id); });
}

const QString &AgentSession::account() const
{
    return m_hub->options().account;
}

QString AgentSession::plainId(const QString &id) const
{
    return plainUserId(account(), id);
}

void AgentSession::send(const Envelope &envelope)
{
    // Bounded: a desk that stopped reading must not make the hub hold everything for it.
    if (m_socket->bytesToWrite() > m_hub->options().maxPendingBytes) {
        if (m_socket->state() == QAbstractSocket::ConnectedState) {
            qCWarning(lcHub) << "disconnecting" << agentId() << ":" << m_socket->bytesToWrite()
                             << "bytes wait unread";
            m_hub->audit(u"hub"_s, u"connection.dropped"_s, QString(), QString(),
                         QJsonObject{{"agent"_L1, agentId()},
                                     {"reason"_L1, u"not reading"_s},
                                     {"waitingBytes"_L1, m_socket->bytesToWrite()}});
            m_socket->abort();
        }
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(encodeEnvelope(envelope)));
}

bool AgentSession::takeToken()
{
    const HubOptions &o = m_hub->options();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_refilledAtMs == 0)
        m_tokens = o.requestBurst;
    else
        m_tokens = std::min<double>(o.requestBurst, m_tokens + (now - m_refilledAtMs) *
                                                                   o.requestsPerSecond / 1000.0);
    m_refilledAtMs = now;
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

void AgentSession::reply(const Envelope &request, const QJsonValue &body)
{
    send(Envelope::response(request.id, 200, responseType(request.type), body));
}

void AgentSession::replyError(const Envelope &request, int code, const QString &message)
{
    qCInfo(lcHub) << "refused" << request.type.left(80) << "from" << agentId() << ':' << code
                  << message;
    send(Envelope::errorResponse(request.id, code, responseType(request.type), message));
}

void AgentSession::refuse(const Envelope &request, int code, const QString &why,
                          const QString &convId)
{
    // Every request beyond the role is audited. A client hammering the same wall, on one
    // connection or many, cannot fill the log: the user's audit budget (AuditLimiter) counts what
    // is over it into one audit.suppressed entry.
    m_hub->audit(agentId(), u"access.refused"_s, convId.left(200), QString(),
                 QJsonObject{{"request"_L1, request.type.left(80)},
                             {"status"_L1, code},
                             {"reason"_L1, why}});
    replyError(request, code, why);
}

void AgentSession::onText(const QString &text)
{
    m_awaitingPong = false; // it is alive
    const QByteArray frame = text.toUtf8();
    Result<Envelope> decoded = decodeEnvelope(frame);
    if (!decoded) {
        qCWarning(lcHub) << "malformed frame from" << agentId() << ':' << decoded.error();
        // Answer with the request id when one can be read, so the client's request does not hang.
        const QString id = QJsonDocument::fromJson(frame).object().value("id"_L1).toString();
        if (!id.isEmpty())
            send(Envelope::errorResponse(id, 400, QString(), decoded.error()));
        return;
    }
    if (decoded->kind != Envelope::Kind::Request) {
        qCWarning(lcHub) << "ignored a non-request frame from" << agentId();
        return;
    }
    if (!takeToken()) {
        // Over its share: refused, cheaply; a desk that keeps flooding is let go.
        if (++m_refusedInARow > 10 * m_hub->options().requestBurst) {
            qCWarning(lcHub) << "disconnecting" << agentId() << ": it keeps flooding";
            m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                            u"Too many requests; reconnect later."_s);
            return;
        }
        send(Envelope::errorResponse(decoded->id, 429, responseType(decoded->type),
                                     u"Too many requests: at most %1 a second; slow down."_s.arg(
                                         m_hub->options().requestsPerSecond)));
        return;
    }
    m_refusedInARow = 0;
    handle(decoded.value());
}

void AgentSession::endExpired()
{
    qCInfo(lcHub) << "closing the session of" << agentId() << ": its login ended";
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                    u"Your session has expired or was ended (a new password or role, or a "
                    "logout); sign in again."_s);
}

void AgentSession::handle(const Envelope &request)
{
    // Every request runs on a live login: an expired or logged-out bearer ends the session.
    if (!m_hub->grantFor(bearer())) {
        replyError(request, 401, u"Your session has expired; sign in again."_s);
        endExpired();
        return;
    }
    const QString &type = request.type;
    if (type == Types::GetClock)
        reply(request, QJsonObject{{"currentTime"_L1, QDateTime::currentMSecsSinceEpoch()}});
    else if (type == Types::SubscribeExConversations)
        subscribeConversations(request);
    else if (type == Types::UnsubscribeExConversations) {
        m_conversationSubscription.clear();
        m_visible.clear();
        reply(request, QJsonObject{});
    } else if (type == Types::SetAgentState)
        setAgentState(request);
    else if (type == Types::SubscribeRoutingTasks)
        subscribeRoutingTasks(request);
    else if (type == Types::UpdateRingState)
        updateRingState(request);
    else if (type == Types::UpdateConversationField)
        updateConversationField(request);
    else if (type == Types::PublishEvent)
        publishEvent(request);
    else if (type == Types::QueryMessages)
        queryMessages(request);
    else if (type == Types::GetUserProfile)
        getUserProfile(request);
    else if (type == Types::ReportVerifiedIdentity)
        reportVerifiedIdentity(request);
    else if (type == Types::ReportSignInOutcome)
        reportSignInOutcome(request);
    else if (type == Types::ReviewSearch)
        reviewSearch(request);
    else if (type == Types::ReviewAudit)
        reviewAudit(request);
    else if (type == Types::ReviewExport)
        reviewExport(request);
    else if (type == Types::HistoryConversations)
        historyConversations(request);
    else if (type == Types::HistoryTranscript)
        historyTranscript(request);
    else if (type == Types::GetTeam)
        reply(request, toJson(m_hub->team()));
    else
        replyError(request, 400, u"Unsupported request type \"%1\""_s.arg(type.left(80)));
}

void AgentSession::sendConversationChange(const ConversationDetails &details, bool upsert)
{
    ConversationChangeNotification notification;
    notification.subscriptionId = m_conversationSubscription;
    ConversationChange change;
    change.type = upsert ? ConversationChange::Type::Upsert : ConversationChange::Type::Delete;
    change.details = details;
    if (upsert)
        change.lastContentEvent = m_hub->store().lastContentEvent(details.convId);
    notification.changes.append(change);
    send(Envelope::notification(Types::ExConversationChangeNotification,
                                toJson(notification, account())));
}

void AgentSession::subscribeConversations(const Envelope &request)
{
    Result<SubscribeConversationsRequest> subscribe =
        decodeSubscribeConversationsRequest(request.body.toObject());
    if (!subscribe)
        return replyError(request, 400, subscribe.error());
    m_conversationSubscription = newId();
    m_visible.clear();
    m_subscribedAgents.clear();
    for (const QString &id : std::as_const(subscribe->agentIds))
        m_subscribedAgents.insert(plainId(id));
    reply(request, QJsonObject{{"subscriptionId"_L1, m_conversationSubscription}});

    // The first notification of a subscription is the snapshot of what this agent sees.
    ConversationChangeNotification snapshot;
    snapshot.subscriptionId = m_conversationSubscription;
    // An agent's own and the waiting ones only, by index: with thousands of open conversations and
    // desks, reading every one for every subscription was what limited reconnect storms.
    const QList<ConversationDetails> open =
        m_hub->store().openConversations(isSupervisor() ? QString() : agentId());
    for (const ConversationDetails &details : open) {
        if (!isSubscribedTo(details))
            continue;
        m_visible.insert(details.convId);
        ConversationChange change;
        change.details = details;
        change.lastContentEvent = m_hub->store().lastContentEvent(details.convId);
        snapshot.changes.append(change);
    }
    send(Envelope::notification(Types::ExConversationChangeNotification,
                                toJson(snapshot, account())));
}

void AgentSession::setAgentState(const Envelope &request)
{
    Result<AgentStateRequest> state = decodeAgentStateRequest(request.body.toObject());
    if (!state)
        return replyError(request, 400, state.error());
    if (!state->agentUserId.isEmpty() && plainId(state->agentUserId) != agentId())
        return refuse(request, 403, u"Agents set their own state only."_s);
    const bool wasOnline = m_online;
    m_online = state->availability == "ONLINE"_L1;
    reply(request, QJsonObject{});
    if (m_online && !wasOnline && isRoutable())
        m_hub->offerWaitingTo(this);
}

void AgentSession::subscribeRoutingTasks(const Envelope &request)
{
    // LivePerson's agent SDK names the agent, the account (brandId) and the channel: each, when
    // given, must be this session's.
    JsonReader r(request.body.toObject(), u"body"_s);
    const QString agent = r.optionalString("agentId"_L1);
    const QString brand = r.optionalString("brandId"_L1);
    const QString channel = r.optionalString("channelType"_L1, u"MESSAGING"_s);
    if (!r.ok())
        return replyError(request, 400, r.error());
    if (channel != "MESSAGING"_L1)
        return replyError(request, 400, u"body.channelType: only MESSAGING is routed here"_s);
    if (!brand.isEmpty() && brand != account())
        return replyError(request, 400, u"body.brandId: not this hub's account"_s);
    if (!agent.isEmpty() && plainId(agent) != agentId())
        return refuse(request, 403, u"Agents subscribe to their own routing tasks only."_s);
    m_routingSubscription = newId();
    reply(request, QJsonObject{{"subscriptionId"_L1, m_routingSubscription}});
    if (isRoutable())
        m_hub->offerWaitingTo(this);
}

void AgentSession::ring(const ConversationDetails &details)
{
    if (!isRoutable())
        return;
    RoutingTask task;
    task.taskId = details.convId;
    task.conversationId = details.convId;
    task.consumerId = details.consumerId();
    task.skill = details.skill;
    const QString ringId = details.convId + u'_' + agentId();
    task.rings.append(Ring{ringId, u"WAITING"_s});
    m_rings.insert(ringId, details.convId);
    send(Envelope::notification(Types::RoutingTaskNotification,
                                toJson(RoutingTaskNotification{m_routingSubscription, {task}})));
}

void AgentSession::revokeRing(const QString &convId)
{
    const QString ringId = convId + u'_' + agentId();
    if (!m_rings.remove(ringId))
        return;
    RoutingTask task;
    task.type = RoutingTask::Type::Delete;
    task.taskId = convId;
    task.conversationId = convId;
    send(Envelope::notification(Types::RoutingTaskNotification,
                                toJson(RoutingTaskNotification{m_routingSubscription, {task}})));
}

void AgentSession::updateRingState(const Envelope &request)
{
    Result<RingStateUpdate> update = decodeRingStateUpdate(request.body.toObject());
    if (!update)
        return replyError(request, 400, update.error());
    const QString convId = m_rings.value(update->ringId);
    if (convId.isEmpty())
        return replyError(
            request, 404,
            u"No such ring for this agent (it may have been taken by another agent)."_s);
    if (update->ringState == "REJECTED"_L1) {
        reply(request, QJsonObject{});
        revokeRing(convId);
        return;
    }
    Result<ConversationDetails> assigned = m_hub->assign(convId, agentId());
    if (!assigned)
        return replyError(request, 409, assigned.error());
    reply(request, QJsonObject{});
}

void AgentSession::updateConversationField(const Envelope &request)
{
    Result<ConversationFieldUpdate> update = decodeConversationFieldUpdate(request.body.toObject());
    if (!update)
        return replyError(request, 400, update.error());
    // LivePerson's agent SDK names the user by the old id ({account}.{userId}).
    update.value().userId = plainId(update->userId);
    std::optional<ConversationDetails> details =
        m_hub->store().conversation(update->conversationId);
    if (!details || !canSee(*details))
        return refuse(request, 404, u"No such conversation."_s, update->conversationId);
    const bool managerChange =
        (update->action == ConversationFieldUpdate::Action::AddParticipant ||
         update->action == ConversationFieldUpdate::Action::RemoveParticipant) &&
        update->role == ParticipantRole::Manager;
    if (managerChange)
        return changeManager(request, update.value(), details.value());
    switch (update->action) {
    case ConversationFieldUpdate::Action::AddParticipant: {
        if (update->role != ParticipantRole::AssignedAgent)
            return replyError(request, 400,
                              u"Only ASSIGNED_AGENT and MANAGER can be added on this hub."_s);
        const QString target = update->userId.isEmpty() ? agentId() : update->userId;
        if (target != agentId() && !isSupervisor())
            return refuse(request, 403, u"Agents can only assign conversations to themselves."_s,
                          update->conversationId);
        Result<ConversationDetails> assigned = m_hub->assign(update->conversationId, target);
        if (!assigned)
            return replyError(request, 409, assigned.error());
        return reply(request, QJsonObject{});
    }
    case ConversationFieldUpdate::Action::Close: {
        if (details->assignedAgentId() != agentId() && !isSupervisor())
            return refuse(request, 403,
                          u"Only the assigned agent or a supervisor can close this conversation."_s,
                          update->conversationId);
        Status closed =
            m_hub->close(update->conversationId, update->dispositionCode, update->dispositionNote);
        if (!closed)
            return replyError(request, closed.errorCode() == 400 ? 400 : 409, closed.error());
        m_hub->audit(agentId(), u"conversation.closed"_s, update->conversationId, QString(),
                     QJsonObject{{"disposition"_L1, update->dispositionCode}});
        return reply(request, QJsonObject{});
    }
    case ConversationFieldUpdate::Action::RemoveParticipant:
        // The assigned agent leaving is LivePerson's "back to the queue": a transfer to no one.
        if (update->userId.isEmpty() || update->userId == agentId())
            return transfer(request, QString(), QString(), update->conversationId);
        break;
    case ConversationFieldUpdate::Action::Transfer:
        return transfer(request, update->userId, update->skill, update->conversationId);
    }
    replyError(request, 501, u"This conversation change is not supported by this hub yet."_s);
}

void AgentSession::transfer(const Envelope &request, const QString &toAgent, const QString &skill,
                            const QString &convId)
{
    Status moved = m_hub->transfer(convId, agentId(), toAgent, skill);
    if (!moved) {
        if (moved.errorCode() == 403 || moved.errorCode() == 404)
            return refuse(request, moved.errorCode(), moved.error(), convId);
        return replyError(request, moved.errorCode() > 0 ? moved.errorCode() : 409, moved.error());
    }
    reply(request, QJsonObject{});
}

void AgentSession::publishChatState(const Envelope &request, const PublishEventRequest &publish)
{
    static const QStringList states{u"ACTIVE"_s, u"INACTIVE"_s, u"GONE"_s, u"COMPOSING"_s,
                                    u"PAUSE"_s};
    if (!states.contains(publish.event.chatState))
        return replyError(request, 400,
                          u"chatState is one of ACTIVE, INACTIVE, GONE, COMPOSING or PAUSE."_s);
    if (!publish.metadata.isEmpty() || !publish.clientKey.isEmpty())
        return replyError(request, 400, u"A chat state carries no metadata or clientKey."_s);
    const std::optional<ConversationDetails> details =
        m_hub->store().conversation(publish.conversationId);
    if (!details || !canSee(*details))
        return refuse(request, 404, u"No such conversation."_s, publish.conversationId);
    const bool assigned = details->assignedAgentId() == agentId();
    const bool manager = isSupervisor() && details->managerIds().contains(agentId());
    if (details->state != ConversationState::Open)
        return replyError(request, 409, u"The conversation is closed."_s);
    // Only someone the customer is talking to is "typing" for them.
    if (!assigned && !manager)
        return refuse(request, 403, u"Only the conversation's agent (or a manager) types in it."_s,
                      publish.conversationId);
    m_hub->relayChatState(publish.conversationId, agentId(),
                          assigned ? ParticipantRole::AssignedAgent : ParticipantRole::Manager,
                          publish.event.chatState);
    reply(request, QJsonObject{});
}

void AgentSession::changeManager(const Envelope &request, const ConversationFieldUpdate &update,
                                 const ConversationDetails &details)
{
    const bool join = update.action == ConversationFieldUpdate::Action::AddParticipant;
    const QString action = join ? u"supervisor.joined"_s : u"supervisor.left"_s;
    auto refuse = [&](int code, const QString &why) {
        m_hub->audit(agentId(), u"supervisor.refused"_s, details.convId, QString(),
                     QJsonObject{{"request"_L1, action}, {"status"_L1, code}, {"reason"_L1, why}});
        replyError(request, code, why);
    };
    if (!isSupervisor())
        return refuse(403, u"Only supervisors join conversations as MANAGER."_s);
    const QString target = update.userId.isEmpty() ? agentId() : update.userId;
    // A supervisor joins as themselves; taking someone else out of a conversation is allowed.
    if (join && target != agentId())
        return refuse(403, u"Supervisors join conversations as themselves only."_s);
    if (join && details.assignedAgentId() == target)
        return refuse(409, u"You are already the assigned agent of this conversation."_s);
    if (!join && !details.managerIds().contains(target))
        return refuse(404, u"This user has not joined the conversation."_s);
    if (Status changed = m_hub->setManager(details.convId, target, join); !changed)
        return replyError(request, 409, changed.error());
    m_hub->audit(agentId(), action, details.convId, QString(), QJsonObject{{"userId"_L1, target}});
    reply(request, QJsonObject{});
}

void AgentSession::publishEvent(const Envelope &request)
{
    Result<PublishEventRequest> publish =
        decodePublishEventRequest(request.body.toObject(), request.metadata);
    if (!publish)
        return replyError(request, 400, publish.error());
    // Sent again by a desk that did not hear the answer (its outbox): stored once, answered again
    // with the same sequence, whatever happened to the conversation since.
    auto repeated = [&]() -> std::optional<qint64> {
        if (publish->clientKey.isEmpty())
            return std::nullopt;
        const std::optional<MessagingEvent> stored =
            m_hub->store().eventByClientKey(publish->conversationId, publish->clientKey);
        if (!stored)
            return std::nullopt;
        return stored->originatorId == agentId() ? stored->sequence : -1;
    };
    if (publish->event.type == Event::Type::ChatState)
        return publishChatState(request, publish.value());
    if (const std::optional<qint64> sequence = repeated()) {
        if (*sequence < 0)
            return replyError(request, 409, u"This clientKey was already used by someone else."_s);
        return reply(request, QJsonObject{{"sequence"_L1, *sequence}, {"repeated"_L1, true}});
    }
    std::optional<ConversationDetails> details =
        m_hub->store().conversation(publish->conversationId);
    if (!details || !canSee(*details))
        return refuse(request, 404, u"No such conversation."_s, publish->conversationId);
    if (publish->dialogId != details->mainDialogId())
        return replyError(request, 404, u"No such dialog in this conversation."_s);
    if (details->state != ConversationState::Open)
        return replyError(request, 409, u"The conversation is closed."_s);
    const bool assigned = details->assignedAgentId() == agentId();
    const bool manager = isSupervisor() && details->managerIds().contains(agentId());
    if (publish->event.agentsOnly) {
        // A private note: the assigned agent and supervisors (monitoring or joined) write them.
        if (!assigned && !isSupervisor())
            return refuse(request, 403,
                          u"Only the assigned agent and supervisors write private notes."_s,
                          publish->conversationId);
        if (publish->event.type != Event::Type::Content || !publish->metadata.isEmpty())
            return replyError(request, 400, u"A private note is plain text, without metadata."_s);
    } else if (publish->event.type == Event::Type::AcceptStatus) {
        // Reading marks messages read for the customer only when the assigned agent reads them: a
        // supervisor monitoring (or joined) never does.
        if (!assigned)
            return refuse(
                request, 403,
                u"Only the assigned agent's reading marks messages read for the customer."_s,
                publish->conversationId);
    } else if (!assigned && !manager) {
        return refuse(request, 403,
                      isSupervisor()
                          ? u"Join the conversation as manager before writing to the customer."_s
                          : u"Accept the conversation before writing to the customer."_s,
                      publish->conversationId);
    }
    // A sign-in request is checked with the same code the desk builds it with.
    std::optional<Auth::AuthRequestMetadata> authRequest;
    if (std::optional<Result<Auth::AuthRequestMetadata>> parsed =
            Auth::AppleAuthRequest::parse(publish->metadata)) {
        const QString requestId = parsed->ok() ? parsed->value().requestIdentifier : QString();
        // A refused sign-in request is a sign-in event too: audited, then answered.
        auto refuse = [&](int code, const QString &why) {
            m_hub->audit(agentId(), u"signin.request-refused"_s, publish->conversationId, requestId,
                         QJsonObject{{"status"_L1, code}, {"reason"_L1, why}});
            replyError(request, code, why);
        };
        if (!parsed->ok())
            return refuse(400, parsed->error());
        if (publish->event.type != Event::Type::RichContent)
            return refuse(400, u"A sign-in request is sent as a RichContentEvent."_s);
        const Auth::SignInCapability capability =
            Auth::SignInCapabilities::evaluate(details->context);
        if (!capability.supported)
            return refuse(409, capability.reason);
        if (!Crypto::AppleTokenCipher::isValidRecipientKey(parsed->value().responseEncryptionKey))
            return refuse(
                400,
                u"responseEncryptionKey is not the Base64 of an uncompressed P-384 or P-256 point."_s);
        if (m_hub->store().hasAuthRequest(requestId))
            return refuse(
                409, u"This requestIdentifier was already used; each request needs a new one."_s);
        // Every rule the desk's composer checks, with the team's image allow-list: the desk's
        // own check is a convenience, this one is the boundary.
        const QList<Auth::DraftIssue> issues = Auth::AppleAuthRequest::validate(
            parsed->value().draft, m_hub->options().team.imageHosts);
        if (!issues.isEmpty())
            return refuse(400, issues.first().message);
        authRequest = parsed->value();
    }
    Result<MessagingEvent> event = m_hub->publish(
        publish->conversationId, agentId(),
        assigned ? ParticipantRole::AssignedAgent : ParticipantRole::Manager, publish->event,
        publish->metadata,
        [this, &request](const MessagingEvent &stored) {
            reply(request, QJsonObject{{"sequence"_L1, stored.sequence}});
        },
        authRequest ? &*authRequest : nullptr, publish->clientKey);
    if (!event) {
        // Another hub on the same database stored the same key first.
        if (const std::optional<qint64> sequence = repeated(); sequence && *sequence >= 0)
            return reply(request, QJsonObject{{"sequence"_L1, *sequence}, {"repeated"_L1, true}});
        if (event.errorCode() == Store::kConversationFull)
            return replyError(request, 413, event.error());
        return replyError(request, 500, event.error());
    }
    if (authRequest) {
        const Auth::AuthRequestDraft &draft = authRequest->draft;
        m_hub->audit(
            agentId(), u"signin.requested"_s, publish->conversationId,
            authRequest->requestIdentifier,
            QJsonObject{{"sequence"_L1, event->sequence},
                        {"style"_L1, Auth::styleName(draft.received.style)},
                        {"replyStyle"_L1, Auth::styleName(draft.reply.style)},
                        {"title"_L1, draft.received.title},
                        {"device"_L1, QString(details->context.clientProperties.os + u' ' +
                                              details->context.clientProperties.osVersion)}});
    }
}

void AgentSession::queryMessages(const Envelope &request)
{
    Result<QueryMessagesRequest> query = decodeQueryMessagesRequest(request.body.toObject());
    if (!query)
        return replyError(request, 400, query.error());
    std::optional<ConversationDetails> details = m_hub->store().conversation(query->dialogId);
    // A conversation this agent sees, or one that was assigned to them (closed since).
    if (!details || (!canSee(*details) && details->assignedAgentId() != agentId()))
        return refuse(request, 404, u"No such dialog."_s, query->dialogId);
    // A page never outgrows a frame: long messages make it shorter (the desk asks again).
    QList<MessagingEvent> events =
        m_hub->store().events(query->dialogId, query->newerThanSequence, query->maxQuantity);
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        bytes +=
            QJsonDocument(toJson(events.at(i), account())).toJson(QJsonDocument::Compact).size();
        if (bytes > kQueryMessagesBudget && i > 0) {
            events.resize(i);
            break;
        }
    }
    reply(request, toJson(events, account()));
}

void AgentSession::getUserProfile(const Envelope &request)
{
    // {"userId"}, or the id alone as LivePerson's agent SDK sends it.
    JsonReader r(request.body.toObject(), u"body"_s);
    const QString userId =
        request.body.isString() ? request.body.toString() : r.string("userId"_L1);
    if (!r.ok() && !request.body.isString())
        return replyError(request, 400, r.error());
    if (userId.isEmpty())
        return replyError(request, 400, u"body: expected a user id"_s);
    std::optional<ConsumerRecord> consumer = m_hub->store().consumer(userId);
    if (!consumer) {
        // Agents and supervisors too (by id or old id): desks show who handles a conversation by
        // name.
        if (std::optional<AgentRecord> agent = m_hub->store().agent(plainId(userId)))
            return reply(request, toJson(UserProfile{agent->id, agent->displayName, QString()}));
        return refuse(request, 404, u"No such user."_s);
    }
    // A customer's name is for supervisors and for the agents the customer was offered or assigned
    // to.
    if (!isSupervisor() && !m_hub->store().consumerKnownTo(userId, agentId()))
        return refuse(request, 404, u"No such user."_s);
    reply(request, toJson(UserProfile{consumer->id, consumer->firstName, consumer->lastName}));
}

void AgentSession::reportVerifiedIdentity(const Envelope &request)
{
    using namespace IdentityRules;
    JsonReader r(request.body.toObject(), u"body"_s);
    IdentityReport report;
    report.conversationId = r.string("conversationId"_L1);
    report.requestIdentifier = r.string("requestIdentifier"_L1);
    report.issuer = r.string("issuer"_L1);
    report.subject = r.string("subject"_L1);
    report.claims = r.optionalObject("claims"_L1);
    report.expiresAt = r.optionalInteger("expiresAt"_L1, 0);
    report.name = r.optionalString("name"_L1);
    report.email = r.optionalString("email"_L1);
    report.proof = r.optionalString("proof"_L1);
    if (r.ok() && (report.subject.isEmpty() || report.issuer.isEmpty()))
        r.failAt("subject"_L1, u"issuer and subject must not be empty"_s);
    if (!r.ok())
        return replyError(request, 400, r.error());
    if (request.body.toObject().contains("token"_L1) ||
        request.body.toObject().contains("accessToken"_L1))
        return replyError(request, 400, u"Never send the token: report the identity only."_s);
    // What an identity may hold: short lines of text, never a credential (a token smuggled into a
    // claim would reach every desk that shows the conversation).
    for (const auto &[field, value, length] :
         {std::tuple{u"subject"_s, report.subject, kMaxSubjectLength},
          std::tuple{u"issuer"_s, report.issuer, 500},
          std::tuple{u"name"_s, report.name, kMaxNameLength},
          std::tuple{u"email"_s, report.email, kMaxEmailLength}}) {
        if (Status ok = checkText(u"body.%1"_s.arg(field), value, length); !ok)
            return replyError(request, 400, ok.error());
    }
    if (report.proof.size() > 16 * 1024)
        return replyError(request, 400, u"body.proof: the signed statement is too long"_s);
    const Result<SignInRoute> route = m_hub->signInRoute(OAuthClient::Endpoint::Legacy);
    const Result<QJsonObject> claims =
        checkClaims(report.claims, route ? route->claimsSupported : QStringList(), true);
    if (!claims)
        return replyError(request, 400, u"body.claims: %1"_s.arg(claims.error()));

    std::optional<ConversationDetails> details = m_hub->store().conversation(report.conversationId);
    if (!details || !canSee(*details))
        return refuseReport(request, report, 404, u"No such conversation."_s);
    if (details->assignedAgentId() != agentId() && !isSupervisor())
        return refuseReport(request, report, 403,
                            u"Only the assigned agent reports the identity of their customer."_s);
    const std::optional<Store::AuthRequestRecord> record =
        m_hub->store().authRequest(report.requestIdentifier);
    if (!record || record->conversationId != report.conversationId)
        return refuseReport(request, report, 404,
                            u"No such sign-in request in this conversation."_s);
    if (!record->isAnswered() || !record->signedIn)
        return refuseReport(request, report, 409,
                            u"This sign-in request was not answered with a token."_s);

    // The hub already knows who signed in (it held the token, or checked a signed statement):
    // a report can only confirm it.
    const QJsonObject &known = record->hubIdentity;
    const bool knownAsserted = known.value("assurance"_L1).toString() == "asserted"_L1;
    if (!known.isEmpty() && !(knownAsserted && !report.proof.isEmpty())) {
        if (known.value("issuer"_L1).toString() != report.issuer ||
            known.value("subject"_L1).toString() != report.subject)
            return refuseReport(
                request, report, 409,
                u"The report disagrees with the identity the hub recorded for this sign-in "
                "(%1 at %2)."_s.arg(known.value("subject"_L1).toString(),
                                    known.value("issuer"_L1).toString()));
        m_hub->audit(agentId(), u"signin.confirmed"_s, report.conversationId,
                     report.requestIdentifier,
                     QJsonObject{{"issuer"_L1, report.issuer},
                                 {"subject"_L1, report.subject},
                                 {"assurance"_L1, known.value("assurance"_L1)}});
        return reply(request, QJsonObject{{"assurance"_L1, known.value("assurance"_L1)}});
    }
    if (!report.proof.isEmpty())
        return checkReportedProof(request, report, *record, false);

    // Only the agent's word: kept, marked as theirs, shown so, and never a key to anyone's
    // history.
    if (Status expiry = checkExpiry(report.expiresAt, QDateTime::currentMSecsSinceEpoch()); !expiry)
        return replyError(request, 400, u"body.expiresAt: %1"_s.arg(expiry.error()));
    // Who vouched, by id and by the name supervisors know them by (as it was then).
    const std::optional<AgentRecord> me = m_hub->store().agent(agentId());
    const QJsonObject identity{{"issuer"_L1, report.issuer},
                               {"subject"_L1, report.subject},
                               {"name"_L1, report.name},
                               {"email"_L1, report.email},
                               {"claims"_L1, claims.value()},
                               {"expiresAt"_L1, report.expiresAt},
                               {"assurance"_L1, "asserted"_L1},
                               {"assertedBy"_L1, agentId()},
                               {"assertedByName"_L1, me ? me->displayName : QString()}};
    recordReportedIdentity(request, report, identity);
}

void AgentSession::checkReportedProof(const Envelope &request, const IdentityReport &report,
                                      const Store::AuthRequestRecord &record, bool keysRefreshed)
{
    Result<ProofCheck> check = m_hub->identityProofCheck();
    // A statement naming a key the hub has not seen: the provider may have rotated its keys.
    const Result<Crypto::Jws> decoded = Crypto::decodeJws(report.proof);
    const QString kid = decoded ? decoded->header.value("kid"_L1).toString() : QString();
    const QJsonArray keys = check ? check->jwks.value("keys"_L1).toArray() : QJsonArray();
    const bool known = std::any_of(keys.cbegin(), keys.cend(), [&](const QJsonValue &k) {
        return kid.isEmpty() || k.toObject().value("kid"_L1).toString() == kid;
    });
    if ((!check || !known) && !keysRefreshed) {
        QPointer<AgentSession> self(this);
        m_hub->refreshProviderKeys(this, [self, request, report, record] {
            if (self)
                self->checkReportedProof(request, report, record, true);
        });
        return;
    }
    if (!check)
        return refuseReport(request, report, 409,
                            u"The signed statement cannot be checked: %1"_s.arg(check.error()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ProofCheck expected = check.value();
    expected.windowStartMs = record.createdTs;
    expected.windowEndMs = record.answeredTs;
    expected.nowMs = now;
    Result<ProvenIdentity> proven = checkIdentityProof(report.proof, expected);
    if (!proven)
        return refuseReport(request, report, 409, proven.error());
    if (report.issuer != expected.issuer || report.subject != proven->subject)
        return refuseReport(request, report, 409,
                            u"The report disagrees with the provider's signed statement, which "
                            "names %1 at %2."_s.arg(proven->subject, expected.issuer));
    if (!report.name.isEmpty() && !proven->name.isEmpty() && report.name != proven->name)
        return refuseReport(request, report, 409,
                            u"The report names the customer \"%1\"; the provider's signed "
                            "statement names \"%2\"."_s.arg(report.name, proven->name));
    // One token, one sign-in: a statement about the token of another sign-in (the same customer's
    // or not) proves nothing here.
    Result<bool> first = m_hub->store().claimIdentityProof(expected.issuer, proven->tokenId,
                                                           report.requestIdentifier);
    if (!first)
        return replyError(request, 500, first.error());
    if (!first.value())
        return refuseReport(request, report, 409,
                            u"The provider's statement is about the token of another sign-in."_s);
    // Only what the provider signed is recorded: the name and claims as it states them.
    const QJsonObject identity{{"issuer"_L1, expected.issuer},
                               {"subject"_L1, proven->subject},
                               {"name"_L1, proven->name},
                               {"email"_L1, proven->email},
                               {"claims"_L1, proven->claims},
                               {"expiresAt"_L1, proven->expiresAtMs},
                               {"assurance"_L1, "provider-signed"_L1},
                               {"tokenIssuedAt"_L1, proven->tokenIssuedAtMs}};
    recordReportedIdentity(request, report, identity);
}

void AgentSession::recordReportedIdentity(const Envelope &request, const IdentityReport &report,
                                          const QJsonObject &identity)
{
    QJsonObject recorded = identity;
    recorded.insert("requestIdentifier"_L1, report.requestIdentifier);
    recorded.insert("reportedBy"_L1, agentId());
    recorded.insert("reportedAt"_L1, QDateTime::currentMSecsSinceEpoch());
    if (Status kept = m_hub->store().setHubIdentity(report.requestIdentifier, recorded); !kept)
        return replyError(request, 500, kept.error());
    if (Status saved = m_hub->recordVerifiedIdentity(report.conversationId, recorded); !saved)
        return replyError(request, 500, saved.error());
    const QString assurance = recorded.value("assurance"_L1).toString();
    m_hub->audit(agentId(),
                 assurance == "asserted"_L1 ? u"signin.asserted"_s : u"signin.verified"_s,
                 report.conversationId, report.requestIdentifier,
                 QJsonObject{{"issuer"_L1, recorded.value("issuer"_L1)},
                             {"subject"_L1, recorded.value("subject"_L1)},
                             {"name"_L1, recorded.value("name"_L1)},
                             {"expiresAt"_L1, recorded.value("expiresAt"_L1)},
                             {"assurance"_L1, assurance}});
    reply(request, QJsonObject{{"assurance"_L1, assurance}});
}

void AgentSession::refuseReport(const Envelope &request, const IdentityReport &report, int code,
                                const QString &why)
{
    m_hub->audit(agentId(), u"signin.report-refused"_s, report.conversationId.left(200),
                 report.requestIdentifier.left(128),
                 QJsonObject{{"status"_L1, code},
                             {"reason"_L1, why.left(500)},
                             {"issuer"_L1, report.issuer.left(500)},
                             {"subject"_L1, report.subject.left(255)}});
    replyError(request, code, why);
}

void AgentSession::reportSignInOutcome(const Envelope &request)
{
    JsonReader r(request.body.toObject(), u"body"_s);
    const QString convId = r.string("conversationId"_L1);
    const QString requestId = r.optionalString("requestIdentifier"_L1);
    const QString outcome = r.string("outcome"_L1);
    const QString reason = r.optionalString("reason"_L1);
    if (r.ok() && outcome != "refused"_L1 && outcome != "failed"_L1)
        r.failAt("outcome"_L1, u"expected \"refused\" or \"failed\""_s);
    if (!r.ok())
        return replyError(request, 400, r.error());
    const std::optional<ConversationDetails> details = m_hub->store().conversation(convId);
    if (!details || !canSee(*details))
        return refuse(request, 404, u"No such conversation."_s, convId);
    if (details->assignedAgentId() != agentId() && !isSupervisor())
        return refuse(request, 403,
                      u"Only the assigned agent reports how their customer's sign-in went."_s,
                      convId);
    m_hub->audit(agentId(), u"signin."_s + outcome, convId, requestId.left(128),
                 QJsonObject{{"reason"_L1, plainReason(reason, 500)}});
    reply(request, QJsonObject{});
}

bool AgentSession::requireSupervisor(const Envelope &request)
{
    if (isSupervisor())
        return true;
    const QString why = u"Only supervisors review transcripts and the audit log."_s;
    m_hub->audit(
        agentId(), u"review.refused"_s, QString(), QString(),
        QJsonObject{{"request"_L1, request.type.left(80)}, {"status"_L1, 403}, {"reason"_L1, why}});
    replyError(request, 403, why);
    return false;
}

void AgentSession::reviewSearch(const Envelope &request)
{
    if (!requireSupervisor(request))
        return;
    Result<Review::SearchQuery> query = Review::SearchQuery::fromJson(request.body.toObject());
    if (!query)
        return replyError(request, 400, query.error());
    const Review::SearchResults results = m_hub->store().search(query.value());
    m_hub->audit(agentId(), u"review.search"_s, QString(), QString(),
                 QJsonObject{{"query"_L1, query->toJson()}, {"hits"_L1, results.hits.size()}});
    reply(request, Review::toJson(results));
}

void AgentSession::reviewAudit(const Envelope &request)
{
    if (!requireSupervisor(request))
        return;
    JsonReader r(request.body.toObject(), u"body"_s);
    AuditFilter filter;
    filter.actionPrefix = r.optionalString("actionPrefix"_L1).left(100);
    filter.conversationId = r.optionalString("conversationId"_L1).left(200);
    filter.actor = r.optionalString("actor"_L1).left(200);
    filter.fromTs = r.optionalInteger("from"_L1, 0);
    filter.toTs = r.optionalInteger("to"_L1, 0);
    filter.limit = static_cast<int>(r.optionalInteger("limit"_L1, 500));
    // A desk that writes the entries to a file says so: the export is audited like any other.
    const QString exportFormat = r.optionalString("exportFormat"_L1);
    if (r.ok() && (filter.limit < 1 || filter.limit > 5000))
        r.failAt("limit"_L1, u"expected 1 to 5000"_s);
    if (r.ok() && !exportFormat.isEmpty() && exportFormat != "csv"_L1)
        r.failAt("exportFormat"_L1, u"expected \"csv\""_s);
    if (!r.ok())
        return replyError(request, 400, r.error());
    QJsonArray entries;
    for (const AuditEntry &e : m_hub->store().audit(filter))
        entries.append(Store::auditJson(e));
    if (!exportFormat.isEmpty()) {
        m_hub->audit(agentId(), u"export.audit-log"_s, filter.conversationId, QString(),
                     QJsonObject{{"format"_L1, exportFormat},
                                 {"entries"_L1, entries.size()},
                                 {"actionPrefix"_L1, filter.actionPrefix},
                                 {"actor"_L1, filter.actor}});
    }
    // The chain is checked off the event loop (audit/AuditVerifier.h): what is new since the
    // last check now, the whole of it at start and every few minutes.
    m_hub->auditVerifier().check(
        [self = QPointer(this), request, entries](const AuditVerifier::Status &status) {
            if (!self)
                return;
            self->reply(request, QJsonObject{{"entries"_L1, entries},
                                             {"intact"_L1, status.intact},
                                             {"problem"_L1, status.problem},
                                             {"checkedThrough"_L1, status.checkedThrough},
                                             {"fullPassAt"_L1, status.fullPassAt}});
        });
}

void AgentSession::reviewExport(const Envelope &request)
{
    if (!requireSupervisor(request))
        return;
    JsonReader r(request.body.toObject(), u"body"_s);
    const QStringList ids = r.optionalStringList("conversationIds"_L1);
    // What the desk does with it: shows it ("view") or writes it to a file in that format. Older
    // clients say nothing, which counts as an export.
    const QString purpose = r.optionalString("purpose"_L1);
    if (r.ok() && (ids.isEmpty() || ids.size() > 500))
        r.failAt("conversationIds"_L1, u"expected 1 to 500 conversation ids"_s);
    static const QStringList kPurposes{u"view"_s, u"json"_s, u"csv"_s, u"pdf"_s};
    if (r.ok() && !purpose.isEmpty() && !kPurposes.contains(purpose))
        r.failAt("purpose"_L1, u"expected view, json, csv or pdf"_s);
    if (!r.ok())
        return replyError(request, 400, r.error());
    QList<Review::ExportedConversation> conversations;
    for (const QString &id : ids) {
        std::optional<Review::ExportedConversation> c = m_hub->store().exportedConversation(id);
        if (!c)
            return replyError(request, 404, u"No such conversation: %1"_s.arg(id.left(80)));
        conversations.append(*c);
    }
    const QString who =
        m_hub->store().agent(agentId()) ? m_hub->store().agent(agentId())->username : agentId();
    const QJsonObject document = Review::TranscriptExport::toJson(
        conversations, who, m_hub->baseUrl(), QDateTime::currentDateTimeUtc());
    QJsonObject details{{"conversations"_L1, QJsonArray::fromStringList(ids)},
                        {"exportHash"_L1, document.value("exportHash"_L1)}};
    if (!purpose.isEmpty() && purpose != "view"_L1)
        details.insert("format"_L1, purpose);
    m_hub->audit(agentId(), purpose == "view"_L1 ? u"transcript.viewed"_s : u"export.created"_s,
                 ids.size() == 1 ? ids.first() : QString(), QString(), details);
    reply(request, document);
}

std::optional<QJsonObject> AgentSession::historyIdentityVia(const QString &convId, int *status,
                                                            QString *why) const
{
    const std::optional<ConversationDetails> details = m_hub->store().conversation(convId);
    if (!details || !canSee(*details)) {
        *status = 404;
        *why = u"No such conversation."_s;
        return std::nullopt;
    }
    const QJsonObject identity = details->verifiedIdentity;
    if (identity.value("issuer"_L1).toString().isEmpty() ||
        identity.value("subject"_L1).toString().isEmpty()) {
        *status = 409;
        *why = u"The customer has not signed in in this conversation."_s;
        return std::nullopt;
    }
    // An identity only an agent vouched for opens no one's history, whoever asks.
    if (!isCheckedIdentity(identity)) {
        *status = 409;
        *why = u"The customer's identity was not checked by the hub (only %1 said so); history "
               "is shown for identities the hub checked."_s.arg(
                   Protocol::assertedByText(identity, u"an agent"_s));
        return std::nullopt;
    }
    if (isSupervisor())
        return identity;
    if (details->assignedAgentId() != agentId()) {
        *status = 403;
        *why = u"Only the assigned agent sees this customer's history."_s;
        return std::nullopt;
    }
    // An agent sees the history while the proof is fresh: after expiry the person typing may no
    // longer be the one who signed in.
    const qint64 expiresAt = identity.value("expiresAt"_L1).toInteger(0);
    if (expiresAt > 0 && expiresAt <= QDateTime::currentMSecsSinceEpoch()) {
        *status = 403;
        *why = u"The customer's sign-in has expired; ask them to sign in again to see their "
               "history."_s;
        return std::nullopt;
    }
    return identity;
}

void AgentSession::historyConversations(const Envelope &request)
{
    JsonReader r(request.body.toObject(), u"body"_s);
    const QString convId = r.string("conversationId"_L1);
    if (!r.ok())
        return replyError(request, 400, r.error());
    int status = 0;
    QString why;
    const std::optional<QJsonObject> identity = historyIdentityVia(convId, &status, &why);
    if (!identity) {
        m_hub->audit(agentId(), u"history.refused"_s, convId, QString(),
                     QJsonObject{{"status"_L1, status}, {"reason"_L1, why}});
        return replyError(request, status, why);
    }
    HistoryResponse response;
    response.issuer = identity->value("issuer"_L1).toString();
    response.subject = identity->value("subject"_L1).toString();
    response.name = identity->value("name"_L1).toString();
    response.conversations = m_hub->store().history(response.issuer, response.subject);
    // Who looked at whose history, and when: the compliance question.
    m_hub->audit(agentId(), u"history.read"_s, convId, QString(),
                 QJsonObject{{"issuer"_L1, response.issuer},
                             {"subject"_L1, response.subject},
                             {"conversations"_L1, response.conversations.size()}});
    reply(request, toJson(response));
}

void AgentSession::historyTranscript(const Envelope &request)
{
    JsonReader r(request.body.toObject(), u"body"_s);
    const QString convId = r.string("conversationId"_L1);
    const QString via = r.optionalString("via"_L1);
    if (!r.ok())
        return replyError(request, 400, r.error());
    if (via.isEmpty() && !isSupervisor())
        return refuse(request, 403,
                      u"Agents read a transcript through their live conversation with the "
                      "customer (body.via)."_s,
                      convId);
    TranscriptResponse response;
    if (!via.isEmpty()) {
        int status = 0;
        QString why;
        const std::optional<QJsonObject> identity = historyIdentityVia(via, &status, &why);
        if (!identity) {
            m_hub->audit(agentId(), u"history.refused"_s, convId, QString(),
                         QJsonObject{{"status"_L1, status}, {"reason"_L1, why}, {"via"_L1, via}});
            return replyError(request, status, why);
        }
        const QList<HistoryEntry> history = m_hub->store().history(
            identity->value("issuer"_L1).toString(), identity->value("subject"_L1).toString());
        const auto it = std::find_if(history.cbegin(), history.cend(), [&](const HistoryEntry &e) {
            return e.conversationId == convId;
        });
        if (it == history.cend())
            return refuse(request, 404, u"No such conversation in this customer's history."_s,
                          convId);
        response.conversation = *it;
    } else {
        const std::optional<ConversationDetails> details = m_hub->store().conversation(convId);
        if (!details)
            return replyError(request, 404, u"No such conversation."_s);
        response.conversation.conversationId = convId;
        response.conversation.channel = details->context.channel;
        response.conversation.state = details->state;
        response.conversation.startTs = details->startTs;
        response.conversation.endTs = details->endTs;
        response.conversation.agentId = details->assignedAgentId();
        if (const auto agent = m_hub->store().agent(response.conversation.agentId))
            response.conversation.agentName = agent->displayName;
        response.conversation.verified = isCheckedIdentity(details->verifiedIdentity);
    }
    response.events = m_hub->store().events(convId, -1, 10000);
    m_hub->audit(agentId(), u"transcript.read"_s, convId, QString(),
                 QJsonObject{{"via"_L1, via}, {"events"_L1, response.events.size()}});
    response.conversation.messageCount = static_cast<int>(
        std::count_if(response.events.cbegin(), response.events.cend(), [](const auto &e) {
            return e.event.type == Event::Type::Content || e.event.type == Event::Type::RichContent;
        }));
    reply(request, toJson(response));
}

void AgentSession::conversationChanged(const ConversationDetails &details)
{
    if (m_conversationSubscription.isEmpty())
        return;
    const bool visible = isSubscribedTo(details);
    const bool wasVisible = m_visible.contains(details.convId);
    if (visible) {
        m_visible.insert(details.convId);
        sendConversationChange(details, true);
    } else if (wasVisible) {
        m_visible.remove(details.convId);
        // The agent who had it sees it closed; anyone else just stops seeing it.
        const bool closedOnMe =
            details.state == ConversationState::Closed && details.assignedAgentId() == agentId();
        sendConversationChange(details, closedOnMe);
    }
}

void AgentSession::eventPublished(const MessagingEvent &event)
{
    if (!m_visible.contains(event.conversationId))
        return;
    send(Envelope::notification(Types::OnlineEventDistribution, toJson(event, account())));
}

} // namespace Signet::Hub
