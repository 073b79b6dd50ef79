#pragma once

#include "Result.h"
#include "protocol/Values.h"

#include <QJsonObject>

// JSON ⇄ value types for the agent API bodies. Pure functions shared by the desk and the hub:
// one codec, used by both ends. Decoders are strict: a missing or mistyped field is an error
// naming its path, never a default that could corrupt a model.
namespace Signet::Protocol {

QString channelName(ChannelType channel);
ChannelType channelFromString(const QString &name);
QString roleName(ParticipantRole role);
ParticipantRole roleFromString(const QString &name);

// LivePerson names an agent two ways: the PId (here, the user id) and the "old" id
// {account}.{userId} that its participants maps and originatorId use. Customers have one id.
// With an empty account the old id is the plain one.
QString legacyUserId(const QString &account, const QString &id, ParticipantRole role);
// The user id inside an id that may be an old one of this account.
QString plainUserId(const QString &account, const QString &id);

// account: the hub's account, for the old ids (empty: ids as they are).
QJsonObject toJson(const ConversationDetails &details, const QString &account = {});
Result<ConversationDetails> decodeConversationDetails(const QJsonObject &json);

QJsonObject toJson(const Event &event);
Result<Event> decodeEvent(const QJsonObject &json);
// What a message's text must be, whoever wrote it (agents, customers on every channel): at most
// 64 Ki characters of valid Unicode. An unpaired surrogate would be stored, read back as
// something else and break the transcript's hash chain.
Status checkMessageText(const QString &text);

QJsonObject toJson(const MessagingEvent &event, const QString &account = {});
Result<MessagingEvent> decodeMessagingEvent(const QJsonObject &json);

QJsonObject toJson(const ConversationChangeNotification &notification, const QString &account = {});
Result<ConversationChangeNotification>
decodeConversationChangeNotification(const QJsonObject &json);

QJsonObject toJson(const RoutingTaskNotification &notification);
Result<RoutingTaskNotification> decodeRoutingTaskNotification(const QJsonObject &json);

QJsonObject toJson(const UserProfile &profile);
Result<UserProfile> decodeUserProfile(const QJsonObject &json);

// The body of .ams.ms.PublishEvent (metadata travels in the envelope).
QJsonObject toJson(const PublishEventRequest &request);
Result<PublishEventRequest> decodePublishEventRequest(const QJsonObject &body,
                                                      const QJsonArray &metadata);

QJsonObject toJson(const ConversationFieldUpdate &update);
QJsonObject toJson(const TeamInfo &team);
Result<TeamInfo> decodeTeamInfo(const QJsonObject &json);
Result<ConversationFieldUpdate> decodeConversationFieldUpdate(const QJsonObject &body);

QJsonObject toJson(const SubscribeConversationsRequest &request);
Result<SubscribeConversationsRequest> decodeSubscribeConversationsRequest(const QJsonObject &body);

QJsonObject toJson(const AgentStateRequest &request);
Result<AgentStateRequest> decodeAgentStateRequest(const QJsonObject &body);

QJsonObject toJson(const RingStateUpdate &update);
Result<RingStateUpdate> decodeRingStateUpdate(const QJsonObject &body);

QJsonObject toJson(const QueryMessagesRequest &request);
Result<QueryMessagesRequest> decodeQueryMessagesRequest(const QJsonObject &body);

// The response body of QueryMessages is an array of messaging events, oldest first.
QJsonArray toJson(const QList<MessagingEvent> &events, const QString &account = {});
Result<QList<MessagingEvent>> decodeMessagingEvents(const QJsonValue &body);

QJsonObject toJson(const HistoryEntry &entry);
// path names the entry in error messages ("body.hits[2].conversation").
Result<HistoryEntry> decodeHistoryEntry(const QJsonObject &json,
                                        const QString &path = QStringLiteral("body"));
QJsonObject toJson(const HistoryResponse &response);
Result<HistoryResponse> decodeHistoryResponse(const QJsonObject &body);
QJsonObject toJson(const TranscriptResponse &response);
Result<TranscriptResponse> decodeTranscriptResponse(const QJsonObject &body);

} // namespace Signet::Protocol
