#include "protocol/Codec.h"

#include "protocol/Envelope.h"
#include "protocol/JsonReader.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Signet::Protocol {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxQueryQuantity = 1000;
constexpr qsizetype kMaxTextMessage = 64 * 1024;
// Rich content (Apple's list pickers and the like) is a few levels deep; a hostile one can be any
// depth.
constexpr int kMaxContentDepth = 32;

template<typename T> Result<T> finish(const JsonReader &reader, T value)
{
    if (!reader.ok())
        return fail(reader.error());
    return value;
}

ConversationState stateFromString(JsonReader &reader, QLatin1StringView key, const QString &name)
{
    if (name == "OPEN"_L1)
        return ConversationState::Open;
    if (name == "CLOSE"_L1)
        return ConversationState::Closed;
    reader.failAt(key, u"unknown state \"%1\""_s.arg(name.left(40)));
    return ConversationState::Open;
}

QString stateName(ConversationState state)
{
    return state == ConversationState::Open ? u"OPEN"_s : u"CLOSE"_s;
}

ConversationDetails readDetails(JsonReader &r)
{
    ConversationDetails d;
    d.convId = r.string("convId"_L1);
    if (r.ok() && d.convId.isEmpty())
        r.failAt("convId"_L1, u"must not be empty"_s);
    d.state = stateFromString(r, "state"_L1, r.string("state"_L1));
    d.stage = r.optionalString("stage"_L1, u"OPEN"_s);
    d.skill = r.optionalString("skillId"_L1);
    d.startTs = r.integer("startTs"_L1);
    d.endTs = r.optionalInteger("endTs"_L1, 0);

    // LivePerson's form: participantsPId maps each role to the participants' ids (participants
    // maps it to the "old" ids, {account}.{userId} for agents). Earlier signet-hubs sent an
    // array of {id, role} instead, which is still read.
    if (r.has("participantsPId"_L1) || r.value("participants"_L1).isObject()) {
        const QLatin1StringView key =
            r.has("participantsPId"_L1) ? "participantsPId"_L1 : "participants"_L1;
        const QJsonObject byRole = r.object(key);
        for (auto it = byRole.constBegin(); it != byRole.constEnd() && r.ok(); ++it) {
            const QJsonArray ids = it.value().toArray();
            const bool strings = it.value().isArray() &&
                                 std::all_of(ids.cbegin(), ids.cend(),
                                             [](const QJsonValue &id) { return id.isString(); });
            if (!strings) {
                r.failAt(key, u"%1: expected an array of ids"_s.arg(it.key().left(40)));
                break;
            }
            for (const QJsonValue &id : ids)
                d.participants.append(Participant{id.toString(), roleFromString(it.key())});
        }
    } else {
        const QJsonArray participants = r.array("participants"_L1);
        for (qsizetype i = 0; i < participants.size() && r.ok(); ++i) {
            JsonReader p = r.element(participants, i, "participants"_L1);
            Participant participant;
            participant.id = p.string("id"_L1);
            participant.role = roleFromString(p.string("role"_L1));
            d.participants.append(participant);
        }
    }
    const QJsonArray dialogs = r.optionalArray("dialogs"_L1);
    for (qsizetype i = 0; i < dialogs.size() && r.ok(); ++i) {
        JsonReader dr = r.element(dialogs, i, "dialogs"_L1);
        Dialog dialog;
        dialog.dialogId = dr.string("dialogId"_L1);
        dialog.channelType = dr.optionalString("channelType"_L1, u"MESSAGING"_s);
        dialog.state = stateFromString(dr, "state"_L1, dr.optionalString("state"_L1, u"OPEN"_s));
        d.dialogs.append(dialog);
    }

    JsonReader context = r.child("context"_L1, false);
    d.context.channel = channelFromString(context.optionalString("type"_L1));
    d.context.engagementAttributes = context.optionalStringList("engagementAttributes"_L1);
    JsonReader client = context.child("clientProperties"_L1, false);
    d.context.clientProperties.os = client.optionalString("os"_L1);
    d.context.clientProperties.osVersion = client.optionalString("osVersion"_L1);
    d.context.clientProperties.deviceFamily = client.optionalString("deviceFamily"_L1);
    d.context.clientProperties.features = client.optionalStringList("features"_L1);
    d.verifiedIdentity = r.optionalObject("signetVerifiedIdentity"_L1);
    JsonReader disposition = r.child("signetDisposition"_L1, false);
    d.dispositionCode = disposition.optionalString("code"_L1);
    d.dispositionNote = disposition.optionalString("note"_L1);
    return d;
}

// How deep a JSON value nests, counting up to limit + 1 at most (a hostile value can be deep).
int depthOf(const QJsonValue &value, int limit)
{
    if (limit < 0)
        return 1;
    int deepest = 0;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd() && deepest <= limit; ++it)
            deepest = std::max(deepest, depthOf(it.value(), limit - 1));
        return deepest + 1;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size() && deepest <= limit; ++i)
            deepest = std::max(deepest, depthOf(a.at(i), limit - 1));
        return deepest + 1;
    }
    return 0;
}

Event readEvent(JsonReader &r);
} // namespace

Status checkMessageText(const QString &text)
{
    if (text.size() > kMaxTextMessage)
        return fail(u"longer than %1 characters"_s.arg(kMaxTextMessage));
    if (!QStringView(text).isValidUtf16())
        return fail(u"not valid Unicode (an unpaired surrogate)"_s);
    return Done{};
}

namespace {
Event readEvent(JsonReader &r)
{
    Event e;
    const QString type = r.string("type"_L1);
    if (!r.ok())
        return e;
    if (type == "ContentEvent"_L1) {
        e.type = Event::Type::Content;
        e.contentType = r.optionalString("contentType"_L1, u"text/plain"_s);
        e.message = r.string("message"_L1);
        if (r.ok())
            if (Status text = checkMessageText(e.message); !text)
                r.failAt("message"_L1, text.error());
        const QString audience = r.optionalString("audience"_L1, u"ALL"_s);
        if (r.ok() && audience != "ALL"_L1 && audience != "AGENTS_AND_MANAGERS"_L1)
            r.failAt("audience"_L1, u"expected ALL or AGENTS_AND_MANAGERS"_s);
        e.agentsOnly = audience == "AGENTS_AND_MANAGERS"_L1;
    } else if (type == "AcceptStatusEvent"_L1) {
        e.type = Event::Type::AcceptStatus;
        e.status = r.string("status"_L1);
        if (r.ok() && e.status != "ACCEPT"_L1 && e.status != "READ"_L1 && e.status != "ACTION"_L1)
            r.failAt("status"_L1, u"unknown status \"%1\""_s.arg(e.status.left(40)));
        const QJsonArray sequences = r.array("sequenceList"_L1);
        for (const QJsonValue &value : sequences) {
            // Exact integers only: a huge or fractional number is refused, never truncated.
            const double d = value.toDouble(-1);
            if (!value.isDouble() || d < 0 || d > 9007199254740991.0 || d != std::floor(d)) {
                r.failAt("sequenceList"_L1, u"expected non-negative integers"_s);
                break;
            }
            e.sequenceList.append(static_cast<qint64>(value.toDouble()));
        }
    } else if (type == "ChatStateEvent"_L1) {
        e.type = Event::Type::ChatState;
        e.chatState = r.string("chatState"_L1);
    } else if (type == "RichContentEvent"_L1) {
        e.type = Event::Type::RichContent;
        e.content = r.object("content"_L1);
        if (r.ok() && depthOf(e.content, kMaxContentDepth) > kMaxContentDepth)
            r.failAt("content"_L1, u"nested deeper than %1 levels"_s.arg(kMaxContentDepth));
    } else {
        r.failAt("type"_L1, u"unknown event type \"%1\""_s.arg(type.left(40)));
    }
    return e;
}

MessagingEvent readMessagingEvent(JsonReader &r)
{
    MessagingEvent m;
    // A ChatStateEvent is relayed live and not stored: it has no sequence on signet-hub.
    const bool chatState = r.has("event"_L1) && !r.has("sequence"_L1) &&
                           r.child("event"_L1).optionalString("type"_L1) == "ChatStateEvent"_L1;
    m.sequence = chatState ? -1 : r.integer("sequence"_L1);
    if (r.ok() && m.sequence < 0 && !chatState)
        r.failAt("sequence"_L1, u"must not be negative"_s);
    m.dialogId = r.string("dialogId"_L1);
    m.conversationId = r.optionalString("conversationId"_L1, m.dialogId);
    // The PId when given (LivePerson's originatorId is an agent's "old" id).
    m.originatorId = r.optionalString("originatorPId"_L1, r.optionalString("originatorId"_L1));
    JsonReader originator = r.child("originatorMetadata"_L1, false);
    m.originatorRole = roleFromString(originator.optionalString("role"_L1));
    m.serverTimestamp = r.integer("serverTimestamp"_L1);
    JsonReader event = r.child("event"_L1);
    if (r.ok())
        m.event = readEvent(event);
    m.metadata = r.optionalArray("metadata"_L1);
    return m;
}

QString changeTypeName(bool upsert)
{
    return upsert ? u"UPSERT"_s : u"DELETE"_s;
}

bool readChangeType(JsonReader &r)
{
    const QString type = r.string("type"_L1);
    if (r.ok() && type != "UPSERT"_L1 && type != "DELETE"_L1)
        r.failAt("type"_L1, u"expected UPSERT or DELETE"_s);
    return type != "DELETE"_L1;
}

} // namespace

QString channelName(ChannelType channel)
{
    switch (channel) {
    case ChannelType::AppleMessages:
        return u"AppleBusinessChat"_s;
    case ChannelType::WebChat:
        return u"WebChat"_s;
    case ChannelType::Unknown:
        break;
    }
    return u"Unknown"_s;
}

ChannelType channelFromString(const QString &name)
{
    if (name == "AppleBusinessChat"_L1)
        return ChannelType::AppleMessages;
    if (name == "WebChat"_L1 || name == "SharkContext"_L1)
        return ChannelType::WebChat;
    return ChannelType::Unknown;
}

QString roleName(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Consumer:
        return u"CONSUMER"_s;
    case ParticipantRole::AssignedAgent:
        return u"ASSIGNED_AGENT"_s;
    case ParticipantRole::Manager:
        return u"MANAGER"_s;
    case ParticipantRole::Agent:
        return u"AGENT"_s;
    case ParticipantRole::Controller:
        return u"CONTROLLER"_s;
    case ParticipantRole::Unknown:
        break;
    }
    return u"UNKNOWN"_s;
}

ParticipantRole roleFromString(const QString &name)
{
    if (name == "CONSUMER"_L1)
        return ParticipantRole::Consumer;
    if (name == "ASSIGNED_AGENT"_L1)
        return ParticipantRole::AssignedAgent;
    if (name == "MANAGER"_L1)
        return ParticipantRole::Manager;
    if (name == "AGENT"_L1)
        return ParticipantRole::Agent;
    if (name == "CONTROLLER"_L1)
        return ParticipantRole::Controller;
    return ParticipantRole::Unknown;
}

IdentityAssurance identityAssurance(const QJsonObject &identity)
{
    if (identity.value("subject"_L1).toString().isEmpty())
        return IdentityAssurance::None;
    const QString assurance = identity.value("assurance"_L1).toString();
    if (assurance == "hub"_L1)
        return IdentityAssurance::Hub;
    if (assurance == "provider-signed"_L1)
        return IdentityAssurance::ProviderSigned;
    // Before the hub told them apart, only its own web chat sign-ins were its own checks.
    if (assurance.isEmpty() && identity.value("reportedBy"_L1).toString() == "hub"_L1)
        return IdentityAssurance::Hub;
    return IdentityAssurance::Asserted;
}

QString assertedByText(const QJsonObject &identity, const QString &nobody)
{
    for (QLatin1StringView key : {"assertedByName"_L1, "assertedBy"_L1}) {
        if (const QString who = identity.value(key).toString().trimmed(); !who.isEmpty())
            return who;
    }
    return nobody;
}

bool isCheckedIdentity(const QJsonObject &identity)
{
    const IdentityAssurance a = identityAssurance(identity);
    return a == IdentityAssurance::Hub || a == IdentityAssurance::ProviderSigned;
}

QString ConversationDetails::consumerId() const
{
    for (const Participant &p : participants) {
        if (p.role == ParticipantRole::Consumer)
            return p.id;
    }
    return {};
}

QString ConversationDetails::assignedAgentId() const
{
    for (const Participant &p : participants) {
        if (p.role == ParticipantRole::AssignedAgent)
            return p.id;
    }
    return {};
}

QStringList ConversationDetails::managerIds() const
{
    QStringList ids;
    for (const Participant &p : participants) {
        if (p.role == ParticipantRole::Manager)
            ids.append(p.id);
    }
    return ids;
}

QString UserProfile::displayName() const
{
    const QString name = QString(firstName + u' ' + lastName).trimmed();
    return name.isEmpty() ? userId : name;
}

QString legacyUserId(const QString &account, const QString &id, ParticipantRole role)
{
    if (account.isEmpty() || id.isEmpty() || role == ParticipantRole::Consumer)
        return id;
    return account + u'.' + id;
}

QString plainUserId(const QString &account, const QString &id)
{
    const QString prefix = account + u'.';
    return !account.isEmpty() && id.startsWith(prefix) ? id.mid(prefix.size()) : id;
}

QJsonObject toJson(const ConversationDetails &d, const QString &account)
{
    // LivePerson's form: role → ids twice, as "old" ids and as PIds, and each dialog's
    // participants with their state (ACTIVE; this hub suggests no one).
    QJsonObject participants;
    QJsonObject participantsPId;
    QJsonArray participantsDetails;
    for (const Participant &p : d.participants) {
        const QString role = roleName(p.role);
        QJsonArray legacy = participants.value(role).toArray();
        legacy.append(legacyUserId(account, p.id, p.role));
        participants.insert(role, legacy);
        QJsonArray pids = participantsPId.value(role).toArray();
        pids.append(p.id);
        participantsPId.insert(role, pids);
    }
    // In the order a reader of the maps finds them, so that decoding and encoding again is exact.
    for (auto it = participantsPId.constBegin(); it != participantsPId.constEnd(); ++it) {
        const QJsonArray ids = it.value().toArray();
        for (const QJsonValue &id : ids)
            participantsDetails.append(
                QJsonObject{{"id"_L1, id}, {"role"_L1, it.key()}, {"state"_L1, "ACTIVE"_L1}});
    }
    QJsonArray dialogs;
    for (const Dialog &dialog : d.dialogs) {
        dialogs.append(QJsonObject{{"dialogId"_L1, dialog.dialogId},
                                   {"channelType"_L1, dialog.channelType},
                                   {"state"_L1, stateName(dialog.state)},
                                   {"participantsDetails"_L1, participantsDetails}});
    }
    const ClientProperties &c = d.context.clientProperties;
    QJsonObject client{{"os"_L1, c.os},
                       {"osVersion"_L1, c.osVersion},
                       {"deviceFamily"_L1, c.deviceFamily},
                       {"features"_L1, QJsonArray::fromStringList(c.features)}};
    QJsonObject context{
        {"type"_L1, channelName(d.context.channel)},
        {"clientProperties"_L1, client},
        {"engagementAttributes"_L1, QJsonArray::fromStringList(d.context.engagementAttributes)}};
    QJsonObject o{{"convId"_L1, d.convId},
                  {"participants"_L1, participants},
                  {"participantsPId"_L1, participantsPId},
                  {"dialogs"_L1, dialogs},
                  {"state"_L1, stateName(d.state)},
                  {"stage"_L1, d.stage},
                  {"startTs"_L1, d.startTs},
                  {"context"_L1, context}};
    if (!d.skill.isEmpty())
        o.insert("skillId"_L1, d.skill);
    if (d.endTs > 0)
        o.insert("endTs"_L1, d.endTs);
    if (!d.verifiedIdentity.isEmpty())
        o.insert("signetVerifiedIdentity"_L1, d.verifiedIdentity);
    if (!d.dispositionCode.isEmpty())
        o.insert("signetDisposition"_L1,
                 QJsonObject{{"code"_L1, d.dispositionCode}, {"note"_L1, d.dispositionNote}});
    return o;
}

Result<ConversationDetails> decodeConversationDetails(const QJsonObject &json)
{
    JsonReader reader(json);
    ConversationDetails d = readDetails(reader);
    return finish(reader, std::move(d));
}

QJsonObject toJson(const Event &e)
{
    switch (e.type) {
    case Event::Type::Content: {
        QJsonObject o{{"type"_L1, "ContentEvent"_L1},
                      {"contentType"_L1, e.contentType},
                      {"message"_L1, e.message}};
        // Only private notes carry an audience, so every other event hashes as it always has.
        if (e.agentsOnly)
            o.insert("audience"_L1, "AGENTS_AND_MANAGERS"_L1);
        return o;
    }
    case Event::Type::AcceptStatus: {
        QJsonArray sequences;
        for (qint64 s : e.sequenceList)
            sequences.append(s);
        return {{"type"_L1, "AcceptStatusEvent"_L1},
                {"status"_L1, e.status},
                {"sequenceList"_L1, sequences}};
    }
    case Event::Type::ChatState:
        return {{"type"_L1, "ChatStateEvent"_L1}, {"chatState"_L1, e.chatState}};
    case Event::Type::RichContent:
        return {{"type"_L1, "RichContentEvent"_L1}, {"content"_L1, e.content}};
    }
    return {};
}

Result<Event> decodeEvent(const QJsonObject &json)
{
    JsonReader reader(json, u"event"_s);
    Event e = readEvent(reader);
    return finish(reader, std::move(e));
}

QJsonObject toJson(const MessagingEvent &m, const QString &account)
{
    QJsonObject o{{"conversationId"_L1, m.conversationId},
                  {"dialogId"_L1, m.dialogId},
                  {"originatorId"_L1, legacyUserId(account, m.originatorId, m.originatorRole)},
                  {"originatorPId"_L1, m.originatorId},
                  {"originatorMetadata"_L1,
                   QJsonObject{{"id"_L1, m.originatorId}, {"role"_L1, roleName(m.originatorRole)}}},
                  {"serverTimestamp"_L1, m.serverTimestamp},
                  {"event"_L1, toJson(m.event)}};
    if (!m.metadata.isEmpty())
        o.insert("metadata"_L1, m.metadata);
    if (m.sequence >= 0) // a relayed chat state has none
        o.insert("sequence"_L1, m.sequence);
    return o;
}

Result<MessagingEvent> decodeMessagingEvent(const QJsonObject &json)
{
    JsonReader reader(json);
    MessagingEvent m = readMessagingEvent(reader);
    return finish(reader, std::move(m));
}

QJsonObject toJson(const ConversationChangeNotification &n, const QString &account)
{
    QJsonArray changes;
    for (const ConversationChange &c : n.changes) {
        QJsonObject result{{"convId"_L1, c.details.convId},
                           {"conversationDetails"_L1, toJson(c.details, account)}};
        if (c.lastContentEvent)
            result.insert("lastContentEventNotification"_L1, toJson(*c.lastContentEvent, account));
        changes.append(
            QJsonObject{{"type"_L1, changeTypeName(c.type == ConversationChange::Type::Upsert)},
                        {"result"_L1, result}});
    }
    return {{"subscriptionId"_L1, n.subscriptionId}, {"changes"_L1, changes}};
}

Result<ConversationChangeNotification> decodeConversationChangeNotification(const QJsonObject &json)
{
    JsonReader r(json, u"body"_s);
    ConversationChangeNotification n;
    n.subscriptionId = r.string("subscriptionId"_L1);
    const QJsonArray changes = r.array("changes"_L1);
    for (qsizetype i = 0; i < changes.size() && r.ok(); ++i) {
        JsonReader cr = r.element(changes, i, "changes"_L1);
        ConversationChange change;
        change.type = readChangeType(cr) ? ConversationChange::Type::Upsert
                                         : ConversationChange::Type::Delete;
        JsonReader result = cr.child("result"_L1);
        const QString convId = result.string("convId"_L1);
        JsonReader details = result.child("conversationDetails"_L1);
        if (!r.ok())
            break;
        change.details = readDetails(details);
        if (r.ok() && change.details.convId != convId)
            result.failAt("convId"_L1, u"does not match conversationDetails.convId"_s);
        if (result.has("lastContentEventNotification"_L1)) {
            JsonReader last = result.child("lastContentEventNotification"_L1);
            if (r.ok())
                change.lastContentEvent = readMessagingEvent(last);
        }
        n.changes.append(std::move(change));
    }
    return finish(r, std::move(n));
}

QJsonObject toJson(const RoutingTaskNotification &n)
{
    QJsonArray changes;
    for (const RoutingTask &t : n.changes) {
        QJsonArray rings;
        for (const Ring &ring : t.rings)
            rings.append(QJsonObject{{"ringId"_L1, ring.ringId}, {"ringState"_L1, ring.ringState}});
        QJsonObject result{{"taskId"_L1, t.taskId},
                           {"conversationId"_L1, t.conversationId},
                           {"consumerId"_L1, t.consumerId},
                           {"skillId"_L1, t.skill},
                           {"ringsDetails"_L1, rings}};
        changes.append(QJsonObject{{"type"_L1, changeTypeName(t.type == RoutingTask::Type::Upsert)},
                                   {"result"_L1, result}});
    }
    return {{"subscriptionId"_L1, n.subscriptionId}, {"changes"_L1, changes}};
}

Result<RoutingTaskNotification> decodeRoutingTaskNotification(const QJsonObject &json)
{
    JsonReader r(json, u"body"_s);
    RoutingTaskNotification n;
    n.subscriptionId = r.string("subscriptionId"_L1);
    const QJsonArray changes = r.array("changes"_L1);
    for (qsizetype i = 0; i < changes.size() && r.ok(); ++i) {
        JsonReader cr = r.element(changes, i, "changes"_L1);
        RoutingTask task;
        task.type = readChangeType(cr) ? RoutingTask::Type::Upsert : RoutingTask::Type::Delete;
        JsonReader result = cr.child("result"_L1);
        task.taskId = result.string("taskId"_L1);
        task.conversationId = result.string("conversationId"_L1);
        task.consumerId = result.optionalString("consumerId"_L1);
        task.skill = result.optionalString("skillId"_L1);
        const QJsonArray rings = result.optionalArray("ringsDetails"_L1);
        for (qsizetype j = 0; j < rings.size() && r.ok(); ++j) {
            JsonReader rr = result.element(rings, j, "ringsDetails"_L1);
            task.rings.append(Ring{rr.string("ringId"_L1), rr.string("ringState"_L1)});
        }
        n.changes.append(std::move(task));
    }
    return finish(r, std::move(n));
}

QJsonObject toJson(const UserProfile &p)
{
    return {{"userId"_L1, p.userId}, {"firstName"_L1, p.firstName}, {"lastName"_L1, p.lastName}};
}

Result<UserProfile> decodeUserProfile(const QJsonObject &json)
{
    JsonReader r(json, u"body"_s);
    UserProfile p;
    p.userId = r.string("userId"_L1);
    p.firstName = r.optionalString("firstName"_L1);
    p.lastName = r.optionalString("lastName"_L1);
    return finish(r, std::move(p));
}

QJsonObject toJson(const PublishEventRequest &request)
{
    QJsonObject o{{"conversationId"_L1,
                   request.conversationId.isEmpty() ? request.dialogId : request.conversationId},
                  {"dialogId"_L1, request.dialogId},
                  {"event"_L1, toJson(request.event)}};
    if (!request.clientKey.isEmpty())
        o.insert("clientKey"_L1, request.clientKey);
    return o;
}

Result<PublishEventRequest> decodePublishEventRequest(const QJsonObject &body,
                                                      const QJsonArray &metadata)
{
    JsonReader r(body, u"body"_s);
    PublishEventRequest request;
    request.dialogId = r.string("dialogId"_L1);
    request.conversationId = r.optionalString("conversationId"_L1, request.dialogId);
    JsonReader event = r.child("event"_L1);
    if (r.ok())
        request.event = readEvent(event);
    if (r.ok() && request.event.type == Event::Type::Content &&
        request.event.message.trimmed().isEmpty())
        event.failAt("message"_L1, u"must not be empty"_s);
    request.metadata = metadata;
    // Checked when an event is published, not when one is read: an event stored before these
    // limits is still read back.
    const auto compactSize = [](const auto &json) {
        return QJsonDocument(json).toJson(QJsonDocument::Compact).size();
    };
    if (r.ok() && request.event.type == Event::Type::RichContent &&
        compactSize(request.event.content) > kMaxRichContentBytes)
        event.failAt("content"_L1,
                     u"larger than %1 KiB as JSON"_s.arg(kMaxRichContentBytes / 1024));
    if (r.ok() && compactSize(metadata) > kMaxEventMetadataBytes)
        return fail(u"metadata: larger than %1 KiB as JSON"_s.arg(kMaxEventMetadataBytes / 1024));
    request.clientKey = r.optionalString("clientKey"_L1);
    static const QRegularExpression keyShape(u"^[A-Za-z0-9_-]{8,64}$"_s);
    if (r.ok() && r.has("clientKey"_L1) && !keyShape.match(request.clientKey).hasMatch())
        r.failAt("clientKey"_L1, u"expected 8 to 64 letters, digits, '-' or '_'"_s);
    return finish(r, std::move(request));
}

QJsonObject toJson(const ConversationFieldUpdate &u)
{
    QJsonArray fields;
    auto participant = [](const char *type, const QString &userId) {
        QJsonObject field{{"field"_L1, "ParticipantsChange"_L1},
                          {"type"_L1, QLatin1StringView(type)},
                          {"role"_L1, roleName(ParticipantRole::AssignedAgent)}};
        if (!userId.isEmpty())
            field.insert("userId"_L1, userId);
        return field;
    };
    switch (u.action) {
    case ConversationFieldUpdate::Action::AddParticipant:
    case ConversationFieldUpdate::Action::RemoveParticipant:
        fields.append(QJsonObject{
            {"field"_L1, "ParticipantsChange"_L1},
            {"type"_L1,
             u.action == ConversationFieldUpdate::Action::AddParticipant ? "ADD"_L1 : "REMOVE"_L1},
            {"userId"_L1, u.userId},
            {"role"_L1, roleName(u.role)}});
        break;
    case ConversationFieldUpdate::Action::Close: {
        QJsonObject field{{"field"_L1, "ConversationStateField"_L1},
                          {"conversationState"_L1, "CLOSE"_L1}};
        if (!u.dispositionCode.isEmpty())
            field.insert("signetDisposition"_L1, QJsonObject{{"code"_L1, u.dispositionCode},
                                                             {"note"_L1, u.dispositionNote}});
        fields.append(field);
        break;
    }
    case ConversationFieldUpdate::Action::Transfer:
        fields.append(participant("REMOVE", QString()));
        if (!u.skill.isEmpty())
            fields.append(QJsonObject{
                {"field"_L1, "Skill"_L1}, {"type"_L1, "UPDATE"_L1}, {"skill"_L1, u.skill}});
        if (!u.userId.isEmpty())
            fields.append(participant("ADD", u.userId));
        break;
    }
    return {{"conversationId"_L1, u.conversationId}, {"conversationField"_L1, fields}};
}

namespace {

// One entry of conversationField, read into u; transfer collects what a transfer's list says.
struct TransferParts
{
    bool removesAssigned = false;
    bool addsAssigned = false;
    bool updatesSkill = false;
};

void readFieldChange(JsonReader &f, ConversationFieldUpdate &u, TransferParts &transfer)
{
    const QString field = f.string("field"_L1);
    if (field == "ParticipantsChange"_L1) {
        const QString type = f.string("type"_L1);
        if (type == "ADD"_L1)
            u.action = ConversationFieldUpdate::Action::AddParticipant;
        else if (type == "REMOVE"_L1)
            u.action = ConversationFieldUpdate::Action::RemoveParticipant;
        else if (f.ok())
            f.failAt("type"_L1, u"expected ADD or REMOVE"_s);
        u.userId = f.optionalString("userId"_L1);
        u.role = roleFromString(f.string("role"_L1));
        if (f.ok() && u.role == ParticipantRole::Unknown)
            f.failAt("role"_L1, u"unknown role"_s);
        if (u.role == ParticipantRole::AssignedAgent)
            (type == "ADD"_L1 ? transfer.addsAssigned : transfer.removesAssigned) = true;
    } else if (field == "ConversationStateField"_L1) {
        u.action = ConversationFieldUpdate::Action::Close;
        if (f.string("conversationState"_L1) != "CLOSE"_L1 && f.ok())
            f.failAt("conversationState"_L1, u"only CLOSE is supported"_s);
        JsonReader disposition = f.child("signetDisposition"_L1, false);
        u.dispositionCode = disposition.optionalString("code"_L1);
        u.dispositionNote = disposition.optionalString("note"_L1);
        if (!disposition.ok())
            f.failAt("signetDisposition"_L1, disposition.error());
    } else if (field == "Skill"_L1) {
        u.action = ConversationFieldUpdate::Action::Transfer;
        if (f.string("type"_L1) != "UPDATE"_L1 && f.ok())
            f.failAt("type"_L1, u"expected UPDATE"_s);
        u.skill = f.string("skill"_L1);
        transfer.updatesSkill = true;
    } else if (f.ok()) {
        f.failAt("field"_L1, u"unsupported field \"%1\""_s.arg(field.left(40)));
    }
}

} // namespace

Result<ConversationFieldUpdate> decodeConversationFieldUpdate(const QJsonObject &body)
{
    JsonReader r(body, u"body"_s);
    ConversationFieldUpdate u;
    u.conversationId = r.string("conversationId"_L1);
    // LivePerson sends conversationField as an object or an array; more than one change is a
    // transfer (REMOVE ASSIGNED_AGENT with a Skill UPDATE and/or an ADD ASSIGNED_AGENT).
    QJsonArray fields;
    if (body.value("conversationField"_L1).isArray())
        fields = r.array("conversationField"_L1);
    else
        fields = QJsonArray{r.object("conversationField"_L1)};
    if (!r.ok())
        return fail(r.error());
    if (fields.isEmpty() || fields.size() > 3)
        return fail(u"body.conversationField: expected one to three field changes"_s);
    TransferParts transfer;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        JsonReader f = r.element(fields, i, "conversationField"_L1);
        if (!r.ok())
            return fail(r.error());
        ConversationFieldUpdate part = u;
        readFieldChange(f, part, transfer);
        if (!f.ok())
            return fail(f.error());
        if (fields.size() > 1 && part.action == ConversationFieldUpdate::Action::Close)
            return fail(u"body.conversationField: a close is sent alone"_s);
        u.action = part.action;
        u.role = part.role;
        u.dispositionCode = part.dispositionCode;
        u.dispositionNote = part.dispositionNote;
        if (!part.skill.isEmpty())
            u.skill = part.skill;
        const bool addsAgent = part.action == ConversationFieldUpdate::Action::AddParticipant;
        if (fields.size() == 1 || addsAgent)
            u.userId = part.userId;
    }
    if (fields.size() > 1) {
        // Only the shapes of a transfer are accepted as lists.
        if (!transfer.removesAssigned || (!transfer.addsAssigned && !transfer.updatesSkill))
            return fail(u"body.conversationField: several changes are only accepted as a transfer "
                        "(REMOVE ASSIGNED_AGENT with Skill UPDATE and/or ADD ASSIGNED_AGENT)"_s);
        if (transfer.addsAssigned && u.userId.isEmpty())
            return fail(
                u"body.conversationField: a transfer to an agent names the agent (userId)"_s);
        u.action = ConversationFieldUpdate::Action::Transfer;
        u.role = ParticipantRole::AssignedAgent;
    }
    return u;
}

QJsonObject toJson(const TeamInfo &team)
{
    QJsonArray members;
    for (const TeamMember &m : team.members)
        members.append(QJsonObject{{"userId"_L1, m.userId},
                                   {"displayName"_L1, m.displayName},
                                   {"role"_L1, m.role},
                                   {"online"_L1, m.online}});
    QJsonArray dispositions;
    for (const Disposition &d : team.dispositions)
        dispositions.append(QJsonObject{{"code"_L1, d.code}, {"label"_L1, d.label}});
    QJsonArray canned;
    for (const CannedResponse &c : team.cannedResponses)
        canned.append(QJsonObject{{"title"_L1, c.title}, {"text"_L1, c.text}});
    QJsonObject o{{"members"_L1, members},
                  {"skills"_L1, QJsonArray::fromStringList(team.skills)},
                  {"dispositions"_L1, dispositions},
                  {"cannedResponses"_L1, canned}};
    if (team.imageHosts)
        o.insert("imageHosts"_L1, QJsonArray::fromStringList(*team.imageHosts));
    return o;
}

Result<TeamInfo> decodeTeamInfo(const QJsonObject &json)
{
    JsonReader r(json, u"body"_s);
    TeamInfo team;
    const QJsonArray members = r.optionalArray("members"_L1);
    for (qsizetype i = 0; i < members.size() && r.ok(); ++i) {
        JsonReader m = r.element(members, i, "members"_L1);
        TeamMember member;
        member.userId = m.string("userId"_L1);
        member.displayName = m.optionalString("displayName"_L1, member.userId);
        member.role = m.optionalString("role"_L1, u"agent"_s);
        member.online = m.optionalBool("online"_L1, false);
        if (!m.ok())
            return fail(m.error());
        team.members.append(member);
    }
    team.skills = r.optionalStringList("skills"_L1);
    const QJsonArray dispositions = r.optionalArray("dispositions"_L1);
    for (qsizetype i = 0; i < dispositions.size() && r.ok(); ++i) {
        JsonReader d = r.element(dispositions, i, "dispositions"_L1);
        Disposition disposition{d.string("code"_L1), QString()};
        disposition.label = d.optionalString("label"_L1, disposition.code);
        if (!d.ok())
            return fail(d.error());
        team.dispositions.append(disposition);
    }
    const QJsonArray canned = r.optionalArray("cannedResponses"_L1);
    for (qsizetype i = 0; i < canned.size() && r.ok(); ++i) {
        JsonReader c = r.element(canned, i, "cannedResponses"_L1);
        CannedResponse response{c.string("title"_L1), c.string("text"_L1)};
        if (!c.ok())
            return fail(c.error());
        team.cannedResponses.append(response);
    }
    if (r.has("imageHosts"_L1))
        team.imageHosts = r.optionalStringList("imageHosts"_L1);
    return finish(r, std::move(team));
}

QJsonObject toJson(const SubscribeConversationsRequest &request)
{
    QJsonObject o{{"convState"_L1, QJsonArray::fromStringList(request.convStates)}};
    if (!request.agentIds.isEmpty())
        o.insert("agentIds"_L1, QJsonArray::fromStringList(request.agentIds));
    return o;
}

Result<SubscribeConversationsRequest> decodeSubscribeConversationsRequest(const QJsonObject &body)
{
    JsonReader r(body, u"body"_s);
    SubscribeConversationsRequest request;
    if (r.has("convState"_L1))
        request.convStates = r.optionalStringList("convState"_L1);
    for (const QString &state : std::as_const(request.convStates)) {
        if (r.ok() && state != "OPEN"_L1 && state != "CLOSE"_L1)
            r.failAt("convState"_L1, u"unknown state \"%1\""_s.arg(state.left(40)));
    }
    request.agentIds = r.optionalStringList("agentIds"_L1);
    return finish(r, std::move(request));
}

QJsonObject toJson(const AgentStateRequest &request)
{
    QJsonObject o{{"availability"_L1, request.availability},
                  {"channels"_L1, QJsonArray{"MESSAGING"_L1}}};
    if (!request.agentUserId.isEmpty())
        o.insert("agentUserId"_L1, request.agentUserId);
    return o;
}

Result<AgentStateRequest> decodeAgentStateRequest(const QJsonObject &body)
{
    JsonReader r(body, u"body"_s);
    AgentStateRequest request;
    // LivePerson's availability; agentState is what earlier Signet desks sent.
    const QLatin1StringView key =
        r.has("agentState"_L1) && !r.has("availability"_L1) ? "agentState"_L1 : "availability"_L1;
    request.availability = r.string(key);
    static const QStringList known{u"ONLINE"_s, u"OCCUPIED"_s, u"AWAY"_s, u"BACK_SOON"_s,
                                   u"OFFLINE"_s};
    if (r.ok() && !known.contains(request.availability))
        r.failAt(key, u"expected ONLINE, OCCUPIED, AWAY, BACK_SOON or OFFLINE"_s);
    const QStringList channels = r.optionalStringList("channels"_L1);
    if (r.ok() && !channels.isEmpty() && !channels.contains(u"MESSAGING"_s))
        r.failAt("channels"_L1, u"only MESSAGING is routed here"_s);
    request.agentUserId = r.optionalString("agentUserId"_L1);
    return finish(r, std::move(request));
}

QJsonObject toJson(const RingStateUpdate &update)
{
    return {{"ringId"_L1, update.ringId}, {"ringState"_L1, update.ringState}};
}

Result<RingStateUpdate> decodeRingStateUpdate(const QJsonObject &body)
{
    JsonReader r(body, u"body"_s);
    RingStateUpdate update;
    update.ringId = r.string("ringId"_L1);
    update.ringState = r.string("ringState"_L1);
    if (r.ok() && update.ringState != "ACCEPTED"_L1 && update.ringState != "REJECTED"_L1)
        r.failAt("ringState"_L1, u"expected ACCEPTED or REJECTED"_s);
    return finish(r, std::move(update));
}

QJsonObject toJson(const QueryMessagesRequest &q)
{
    return {{"dialogId"_L1, q.dialogId},
            {"newerThanSequence"_L1, q.newerThanSequence},
            {"maxQuantity"_L1, q.maxQuantity}};
}

Result<QueryMessagesRequest> decodeQueryMessagesRequest(const QJsonObject &body)
{
    JsonReader r(body, u"body"_s);
    QueryMessagesRequest q;
    q.dialogId = r.string("dialogId"_L1);
    q.newerThanSequence = r.optionalInteger("newerThanSequence"_L1, -1);
    q.maxQuantity = static_cast<int>(r.optionalInteger("maxQuantity"_L1, 100));
    if (r.ok() && (q.maxQuantity < 1 || q.maxQuantity > kMaxQueryQuantity))
        r.failAt("maxQuantity"_L1, u"must be between 1 and %1"_s.arg(kMaxQueryQuantity));
    return finish(r, std::move(q));
}

QJsonArray toJson(const QList<MessagingEvent> &events, const QString &account)
{
    QJsonArray out;
    for (const MessagingEvent &e : events)
        out.append(toJson(e, account));
    return out;
}

Result<QList<MessagingEvent>> decodeMessagingEvents(const QJsonValue &body)
{
    if (!body.isArray())
        return fail(u"body: expected an array of events"_s);
    const QJsonArray array = body.toArray();
    QJsonObject holder{{"events"_L1, array}};
    JsonReader r(holder, u"body"_s);
    QList<MessagingEvent> events;
    events.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        JsonReader er = r.element(array, i, "events"_L1);
        events.append(readMessagingEvent(er));
    }
    return finish(r, std::move(events));
}

namespace {
HistoryEntry readHistoryEntry(JsonReader &r)
{
    HistoryEntry e;
    e.conversationId = r.string("conversationId"_L1);
    e.channel = channelFromString(r.optionalString("channel"_L1));
    e.state = stateFromString(r, "state"_L1, r.optionalString("state"_L1, u"CLOSE"_s));
    e.startTs = r.integer("startTs"_L1);
    e.endTs = r.optionalInteger("endTs"_L1, 0);
    e.agentId = r.optionalString("agentId"_L1);
    e.agentName = r.optionalString("agentName"_L1);
    e.verified = r.optionalBool("verified"_L1, false);
    e.messageCount = static_cast<int>(r.optionalInteger("messageCount"_L1, 0));
    e.lastText = r.optionalString("lastText"_L1);
    return e;
}
} // namespace

Result<HistoryEntry> decodeHistoryEntry(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    HistoryEntry entry = readHistoryEntry(r);
    return finish(r, std::move(entry));
}

QJsonObject toJson(const HistoryEntry &e)
{
    return {{"conversationId"_L1, e.conversationId},
            {"channel"_L1, channelName(e.channel)},
            {"state"_L1, e.state == ConversationState::Open ? u"OPEN"_s : u"CLOSE"_s},
            {"startTs"_L1, e.startTs},
            {"endTs"_L1, e.endTs},
            {"agentId"_L1, e.agentId},
            {"agentName"_L1, e.agentName},
            {"verified"_L1, e.verified},
            {"messageCount"_L1, e.messageCount},
            {"lastText"_L1, e.lastText}};
}

QJsonObject toJson(const HistoryResponse &response)
{
    QJsonArray conversations;
    for (const HistoryEntry &e : response.conversations)
        conversations.append(toJson(e));
    return {{"issuer"_L1, response.issuer},
            {"subject"_L1, response.subject},
            {"name"_L1, response.name},
            {"conversations"_L1, conversations}};
}

Result<HistoryResponse> decodeHistoryResponse(const QJsonObject &body)
{
    JsonReader r(body, u"body"_s);
    HistoryResponse response;
    response.issuer = r.string("issuer"_L1);
    response.subject = r.string("subject"_L1);
    response.name = r.optionalString("name"_L1);
    const QJsonArray conversations = r.array("conversations"_L1);
    for (qsizetype i = 0; i < conversations.size() && r.ok(); ++i) {
        JsonReader er = r.element(conversations, i, "conversations"_L1);
        response.conversations.append(readHistoryEntry(er));
    }
    return finish(r, std::move(response));
}

QJsonObject toJson(const TranscriptResponse &response)
{
    return {{"conversation"_L1, toJson(response.conversation)},
            {"events"_L1, toJson(response.events)}};
}

Result<TranscriptResponse> decodeTranscriptResponse(const QJsonObject &body)
{
    JsonReader r(body, u"body"_s);
    TranscriptResponse response;
    JsonReader conversation = r.child("conversation"_L1);
    if (r.ok())
        response.conversation = readHistoryEntry(conversation);
    const QJsonArray events = r.array("events"_L1);
    if (!r.ok())
        return fail(r.error());
    Result<QList<MessagingEvent>> decoded = decodeMessagingEvents(events);
    if (!decoded)
        return fail(u"body.events: %1"_s.arg(decoded.error()));
    response.events = decoded.value();
    return response;
}

} // namespace Signet::Protocol
