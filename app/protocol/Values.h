#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <QObject>

#include <optional>

// Typed values for the conversation part of the agent API. Field names follow LivePerson's.
// (Nested namespace syntax is avoided here: moc needs the plain form for Q_NAMESPACE.)
namespace Signet {
namespace Protocol {
Q_NAMESPACE

enum class ChannelType { AppleMessages, WebChat, Unknown };
Q_ENUM_NS(ChannelType)
enum class ConversationState { Open, Closed };
Q_ENUM_NS(ConversationState)
enum class ParticipantRole { Consumer, AssignedAgent, Manager, Agent, Controller, Unknown };
Q_ENUM_NS(ParticipantRole)

struct ClientProperties
{
    QString os;           // "iOS", "Windows", …
    QString osVersion;    // "17.4"
    QString deviceFamily; // "MOBILE", "DESKTOP"
    QStringList features; // "AUTO_MESSAGES", "RICH_CONTENT", …
};

struct ConversationContext
{
    ChannelType channel = ChannelType::Unknown;
    ClientProperties clientProperties;
    // Engagement attributes such as "Apple Authentication supported".
    QStringList engagementAttributes;
};

struct Participant
{
    QString id;
    ParticipantRole role = ParticipantRole::Unknown;
};

struct Dialog
{
    QString dialogId;
    QString channelType = QStringLiteral("MESSAGING");
    ConversationState state = ConversationState::Open;
};

struct ConversationDetails
{
    QString convId;
    QList<Participant> participants;
    QList<Dialog> dialogs;
    ConversationState state = ConversationState::Open;
    QString stage = QStringLiteral("OPEN");
    QString skill;
    qint64 startTs = 0; // ms since epoch
    qint64 endTs = 0;
    ConversationContext context;
    // Signet addition: who the customer is, as the hub recorded it ({issuer, subject, name,
    // email, claims, expiresAt (ms), assurance, assertedBy?}); empty when nobody said. How far
    // to trust it is identityAssurance(verifiedIdentity).
    QJsonObject verifiedIdentity;
    // Signet addition: how the agent who closed it summed it up (a code from the team's list, and
    // an optional note); empty while open or when closed without one.
    QString dispositionCode;
    QString dispositionNote;

    QString consumerId() const;
    QString assignedAgentId() const;
    // Supervisors who joined as MANAGER.
    QStringList managerIds() const;
    QString mainDialogId() const { return dialogs.isEmpty() ? convId : dialogs.first().dialogId; }
};

// How the hub came to know who a customer is (a verified identity's "assurance"):
//  * Hub: the hub held the token and asked the identity provider itself (iOS 16+, web chat);
//  * ProviderSigned: the agent's desk handed on a statement the provider signed about the token,
//    and the hub checked it (iOS 12–15);
//  * Asserted: only an agent said so — shown as such, never linked to anyone's history.
// Identities recorded before the hub told these apart count as asserted unless the hub recorded
// them itself.
enum class IdentityAssurance { None, Asserted, ProviderSigned, Hub };
IdentityAssurance identityAssurance(const QJsonObject &identity);
// Hub or ProviderSigned: an identity the hub checked.
bool isCheckedIdentity(const QJsonObject &identity);
// Who vouched for an asserted identity: their name as it was then, else their id, else nobody.
QString assertedByText(const QJsonObject &identity, const QString &nobody);

// The event inside a message: text, read/accept status, typing, rich content.
struct Event
{
    Q_GADGET
public:
    enum class Type { Content, AcceptStatus, ChatState, RichContent };
    Q_ENUM(Type)
    Type type = Type::Content;
    QString contentType = QStringLiteral("text/plain");
    QString message;            // Content
    QString status;             // AcceptStatus: ACCEPT, READ
    QList<qint64> sequenceList; // AcceptStatus
    QString chatState;          // ChatState: COMPOSING, ACTIVE, …
    QJsonObject content;        // RichContent
    // A ContentEvent with audience AGENTS_AND_MANAGERS (LivePerson's private text): a note between
    // the agent and supervisors that never reaches the customer on any channel.
    bool agentsOnly = false;
};

struct MessagingEvent
{
    qint64 sequence = -1;
    QString conversationId;
    QString dialogId;
    QString originatorId;
    ParticipantRole originatorRole = ParticipantRole::Unknown;
    qint64 serverTimestamp = 0;
    Event event;
    QJsonArray metadata;
};

struct ConversationChange
{
    Q_GADGET
public:
    enum class Type { Upsert, Delete };
    Q_ENUM(Type)
    Type type = Type::Upsert;
    ConversationDetails details;
    std::optional<MessagingEvent> lastContentEvent;
};

struct ConversationChangeNotification
{
    QString subscriptionId;
    QList<ConversationChange> changes;
};

struct Ring
{
    QString ringId;
    QString ringState; // WAITING, ACCEPTED, REJECTED, EXPIRED
};

struct RoutingTask
{
    Q_GADGET
public:
    enum class Type { Upsert, Delete };
    Q_ENUM(Type)
    Type type = Type::Upsert;
    QString taskId;
    QString conversationId;
    QString consumerId;
    QString skill;
    QList<Ring> rings;
};

struct RoutingTaskNotification
{
    QString subscriptionId;
    QList<RoutingTask> changes;
};

struct UserProfile
{
    QString userId;
    QString firstName;
    QString lastName;
    QString displayName() const;
};

struct PublishEventRequest
{
    QString conversationId;
    QString dialogId;
    Event event;
    QJsonArray metadata;
    // Signet: the desk's idempotency key (its outbox item). The hub stores an event once per
    // conversation and key, and answers a repeat with the sequence it already gave.
    QString clientKey;
};

// .ams.cm.UpdateConversationField, reduced to the changes a desk makes.
struct ConversationFieldUpdate
{
    Q_GADGET
public:
    // Transfer: the assigned agent hands the conversation on, to another agent (userId; it is
    // theirs at once) or back to the queue of a skill (skill; every online agent is offered it).
    // On the wire as LivePerson's field list: ParticipantsChange REMOVE ASSIGNED_AGENT, then
    // Skill UPDATE and/or ParticipantsChange ADD ASSIGNED_AGENT userId.
    enum class Action { AddParticipant, RemoveParticipant, Close, Transfer };
    Q_ENUM(Action)
    QString conversationId;
    Action action = Action::AddParticipant;
    QString userId;                                        // Add/RemoveParticipant, Transfer
    ParticipantRole role = ParticipantRole::AssignedAgent; // Add/RemoveParticipant
    QString skill;                                         // Transfer
    QString dispositionCode;                               // Close (Signet)
    QString dispositionNote;                               // Close (Signet)
};

// .signet.GetTeam: who and what a conversation can be handed to, and the team's lists.
struct TeamMember
{
    QString userId;
    QString displayName;
    QString role; // agent, supervisor
    bool online = false;
};
struct Disposition
{
    QString code;  // "resolved"
    QString label; // "Resolved"
};
struct CannedResponse
{
    QString title; // what the agent types after "/" to find it
    QString text;  // may hold {customer} and {agent}
};
struct TeamInfo
{
    QList<TeamMember> members;
    QStringList skills;
    QList<Disposition> dispositions;
    QList<CannedResponse> cannedResponses;
    // The hosts sign-in bubble images may come from, as the hub enforces them; absent from hubs
    // older than the list.
    std::optional<QStringList> imageHosts;
};

struct SubscribeConversationsRequest
{
    QStringList convStates{QStringLiteral("OPEN")}; // OPEN, CLOSE
    QStringList agentIds;
};

// .ams.routing.SetAgentState
struct AgentStateRequest
{
    // ONLINE, OCCUPIED, AWAY, BACK_SOON or OFFLINE; only ONLINE is offered new conversations.
    QString availability = QStringLiteral("ONLINE");
    // LivePerson's: whose state (the asker's own; old or plain id). Empty: the asker's.
    QString agentUserId;
};

// .ams.routing.UpdateRingState
struct RingStateUpdate
{
    QString ringId;
    QString ringState; // ACCEPTED, REJECTED
};

struct QueryMessagesRequest
{
    QString dialogId;
    qint64 newerThanSequence = -1;
    int maxQuantity = 100;
};

// .signet.history.*: one earlier conversation of a verified customer, on any channel.
struct HistoryEntry
{
    QString conversationId;
    ChannelType channel = ChannelType::Unknown;
    ConversationState state = ConversationState::Closed;
    qint64 startTs = 0;
    qint64 endTs = 0;
    QString agentId;
    QString agentName;
    bool verified = false; // the customer proved this identity in that conversation
    int messageCount = 0;
    QString lastText;
};

// .signet.history.Conversations: {conversationId} → the identity verified there and every other
// conversation of that identity (and of the same customers), newest first.
struct HistoryResponse
{
    QString issuer;
    QString subject;
    QString name;
    QList<HistoryEntry> conversations;
};

// .signet.history.Transcript: {conversationId (the earlier one), via (the live, verified one)}.
struct TranscriptResponse
{
    HistoryEntry conversation;
    QList<MessagingEvent> events;
};

} // namespace Protocol
} // namespace Signet
