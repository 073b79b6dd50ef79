#include "protocol/Codec.h"
#include "TestData.h"
#include "protocol/Envelope.h"

#include <QJsonDocument>
#include <QTest>

using namespace Signet;
using namespace Signet::Protocol;
using namespace Qt::StringLiterals;

namespace {
QJsonObject bodyOf(const QString &file)
{
    Result<Envelope> e = decodeEnvelope(Test::readData(u"protocol/valid/"_s + file));
    return e ? e->body.toObject() : QJsonObject();
}
} // namespace

class CodecTest : public QObject
{
    Q_OBJECT
private slots:
    void conversationChangeFixture()
    {
        Result<ConversationChangeNotification> n =
            decodeConversationChangeNotification(bodyOf(u"conversation-change.json"_s));
        QVERIFY2(n.ok(), qPrintable(n.error()));
        QCOMPARE(n->subscriptionId, u"sub-1"_s);
        QCOMPARE(n->changes.size(), 2);
        const ConversationChange &upsert = n->changes.at(0);
        QCOMPARE(upsert.type, ConversationChange::Type::Upsert);
        QCOMPARE(upsert.details.convId, u"c-17"_s);
        QCOMPARE(upsert.details.consumerId(), u"demo-maya"_s);
        QVERIFY(upsert.details.assignedAgentId().isEmpty());
        QCOMPARE(upsert.details.skill, u"general"_s);
        QCOMPARE(upsert.details.startTs, 1763700000000);
        QCOMPARE(upsert.details.context.channel, ChannelType::AppleMessages);
        QCOMPARE(upsert.details.context.clientProperties.osVersion, u"17.4"_s);
        QCOMPARE(upsert.details.context.engagementAttributes,
                 QStringList{u"Apple Authentication supported"_s});
        QVERIFY(upsert.lastContentEvent.has_value());
        QCOMPARE(upsert.lastContentEvent->event.message, u"Hi! I was charged twice."_s);
        QCOMPARE(n->changes.at(1).type, ConversationChange::Type::Delete);
        QCOMPARE(n->changes.at(1).details.state, ConversationState::Closed);
    }

    // LivePerson's own form (its participants maps hold "old" ids, participantsPId the ids; an
    // agent's originatorId is the old id, originatorPId the id): read as the ids.
    void livePersonFormIsReadByPId()
    {
        Result<ConversationChangeNotification> n =
            decodeConversationChangeNotification(bodyOf(u"conversation-change-liveperson.json"_s));
        QVERIFY2(n.ok(), qPrintable(n.error()));
        const ConversationDetails &d = n->changes.at(0).details;
        QCOMPARE(d.consumerId(), u"d51ce914-97ad-4544-a686-8335b61dcdf3"_s);
        QCOMPARE(d.assignedAgentId(), u"393c6873-756d-54af-86e1-8795d57eba14"_s);
        QCOMPARE(d.managerIds(), QStringList{u"1a41233d-1d2c-5158-bacc-ee0f2d384888"_s});
        QCOMPARE(d.participants.size(), 3);
        QCOMPARE(d.mainDialogId(), u"220d3639-ae23-4c90-83e8-455e3bb2cf13"_s);
        QVERIFY(n->changes.at(0).lastContentEvent.has_value());
        QCOMPARE(n->changes.at(0).lastContentEvent->originatorId,
                 u"393c6873-756d-54af-86e1-8795d57eba14"_s);

        // What this hub writes: the same form, old ids from its account.
        QJsonObject written = toJson(d, u"89476943"_s);
        QCOMPARE(written.value("participants"_L1).toObject().value("ASSIGNED_AGENT"_L1),
                 QJsonValue(QJsonArray{u"89476943.393c6873-756d-54af-86e1-8795d57eba14"_s}));
        QCOMPARE(written.value("participants"_L1).toObject().value("CONSUMER"_L1),
                 QJsonValue(QJsonArray{u"d51ce914-97ad-4544-a686-8335b61dcdf3"_s}));
        QCOMPARE(written.value("participantsPId"_L1).toObject().value("MANAGER"_L1),
                 QJsonValue(QJsonArray{u"1a41233d-1d2c-5158-bacc-ee0f2d384888"_s}));
        const QJsonArray details = written.value("dialogs"_L1)
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value("participantsDetails"_L1)
                                       .toArray();
        QCOMPARE(details.size(), 3);
        for (const QJsonValue &p : details)
            QCOMPARE(p.toObject().value("state"_L1).toString(), u"ACTIVE"_s);
        Result<ConversationDetails> back = decodeConversationDetails(written);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->assignedAgentId(), d.assignedAgentId());

        MessagingEvent agent = *n->changes.at(0).lastContentEvent;
        const QJsonObject event = toJson(agent, u"89476943"_s);
        QCOMPARE(event.value("originatorId"_L1).toString(),
                 u"89476943.393c6873-756d-54af-86e1-8795d57eba14"_s);
        QCOMPARE(event.value("originatorPId"_L1).toString(), agent.originatorId);
        QCOMPARE(decodeMessagingEvent(event)->originatorId, agent.originatorId);
        agent.originatorRole = ParticipantRole::Consumer; // customers have one id
        QCOMPARE(toJson(agent, u"89476943"_s).value("originatorId"_L1).toString(),
                 agent.originatorId);

        QCOMPARE(plainUserId(u"89476943"_s, u"89476943.282467514"_s), u"282467514"_s);
        QCOMPARE(plainUserId(u"89476943"_s, u"1.282467514"_s), u"1.282467514"_s);
        QCOMPARE(plainUserId(QString(), u"89476943.282467514"_s), u"89476943.282467514"_s);
    }

    void messagingEventsAndStatus()
    {
        Result<MessagingEvent> text = decodeMessagingEvent(bodyOf(u"online-event.json"_s));
        QVERIFY2(text.ok(), qPrintable(text.error()));
        QCOMPARE(text->sequence, 4);
        QCOMPARE(text->originatorRole, ParticipantRole::AssignedAgent);
        QCOMPARE(text->event.type, Event::Type::Content);
        QCOMPARE(text->event.message, u"Let me check that for you."_s);

        Result<MessagingEvent> status = decodeMessagingEvent(bodyOf(u"accept-status.json"_s));
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(status->conversationId, u"c-17"_s); // defaults to the dialog
        QCOMPARE(status->event.type, Event::Type::AcceptStatus);
        QCOMPARE(status->event.status, u"READ"_s);
        QCOMPARE(status->event.sequenceList, QList<qint64>{4});
    }

    void routingAndRequests()
    {
        Result<RoutingTaskNotification> task =
            decodeRoutingTaskNotification(bodyOf(u"routing-task.json"_s));
        QVERIFY2(task.ok(), qPrintable(task.error()));
        QCOMPARE(task->changes.size(), 1);
        QCOMPARE(task->changes.first().rings.first().ringState, u"WAITING"_s);

        Result<PublishEventRequest> publish =
            decodePublishEventRequest(bodyOf(u"publish-request.json"_s), {});
        QVERIFY2(publish.ok(), qPrintable(publish.error()));
        QCOMPARE(publish->event.message, u"Hello Maya"_s);

        Result<ConversationFieldUpdate> accept =
            decodeConversationFieldUpdate(bodyOf(u"accept-request.json"_s));
        QVERIFY2(accept.ok(), qPrintable(accept.error()));
        QCOMPARE(accept->action, ConversationFieldUpdate::Action::AddParticipant);
        QCOMPARE(accept->role, ParticipantRole::AssignedAgent);
        QCOMPARE(accept->userId, u"agent-1"_s);

        Result<Envelope> query =
            decodeEnvelope(Test::readData(u"protocol/valid/query-response.json"_s));
        QVERIFY(query.ok());
        Result<QList<MessagingEvent>> events = decodeMessagingEvents(query->body);
        QVERIFY2(events.ok(), qPrintable(events.error()));
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(1).sequence, 1);
    }

    void encodeDecodeRoundTrip()
    {
        ConversationDetails d;
        d.convId = u"c-1"_s;
        d.participants = {{u"u-1"_s, ParticipantRole::Consumer},
                          {u"a-1"_s, ParticipantRole::AssignedAgent}};
        d.dialogs = {Dialog{u"c-1"_s, u"MESSAGING"_s, ConversationState::Open}};
        d.startTs = 123;
        d.skill = u"billing"_s;
        d.context.channel = ChannelType::WebChat;
        d.context.clientProperties = {u"Windows"_s, u"11"_s, u"DESKTOP"_s, {u"CO_BROWSE"_s}};
        Result<ConversationDetails> back = decodeConversationDetails(toJson(d));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->assignedAgentId(), u"a-1"_s);
        QCOMPARE(back->context.channel, ChannelType::WebChat);
        QCOMPARE(back->context.clientProperties.features, QStringList{u"CO_BROWSE"_s});
        QCOMPARE(toJson(back.value()), toJson(d));

        for (const auto action :
             {ConversationFieldUpdate::Action::AddParticipant,
              ConversationFieldUpdate::Action::Close, ConversationFieldUpdate::Action::Transfer}) {
            ConversationFieldUpdate u;
            u.conversationId = u"c-1"_s;
            u.action = action;
            u.userId = u"a-1"_s;
            u.skill = u"vip"_s;
            Result<ConversationFieldUpdate> decoded = decodeConversationFieldUpdate(toJson(u));
            QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
            QCOMPARE(decoded->action, action);
        }
    }

    void transfersClosesAndChatStatesKeepTheirShape()
    {
        // A transfer to an agent, and back to a skill's queue, as LivePerson's field lists.
        ConversationFieldUpdate toAgent;
        toAgent.conversationId = u"c-1"_s;
        toAgent.action = ConversationFieldUpdate::Action::Transfer;
        toAgent.userId = u"bo"_s;
        const QJsonObject agentJson = toJson(toAgent);
        QCOMPARE(agentJson.value("conversationField"_L1).toArray().size(), 2);
        Result<ConversationFieldUpdate> a = decodeConversationFieldUpdate(agentJson);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->action, ConversationFieldUpdate::Action::Transfer);
        QCOMPARE(a->userId, u"bo"_s);
        QVERIFY(a->skill.isEmpty());

        ConversationFieldUpdate toSkill = toAgent;
        toSkill.userId.clear();
        toSkill.skill = u"billing"_s;
        Result<ConversationFieldUpdate> b = decodeConversationFieldUpdate(toJson(toSkill));
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->action, ConversationFieldUpdate::Action::Transfer);
        QCOMPARE(b->skill, u"billing"_s);
        QVERIFY(b->userId.isEmpty());

        // Lists that are not a transfer are refused with a reason.
        const QJsonObject remove{{"field"_L1, "ParticipantsChange"_L1},
                                 {"type"_L1, "REMOVE"_L1},
                                 {"role"_L1, "ASSIGNED_AGENT"_L1}};
        const QJsonObject close{{"field"_L1, "ConversationStateField"_L1},
                                {"conversationState"_L1, "CLOSE"_L1}};
        const QJsonObject addNobody{{"field"_L1, "ParticipantsChange"_L1},
                                    {"type"_L1, "ADD"_L1},
                                    {"role"_L1, "ASSIGNED_AGENT"_L1}};
        for (const QJsonArray &fields :
             {QJsonArray{remove, close}, QJsonArray{remove, remove}, QJsonArray{remove, addNobody},
              QJsonArray{}, QJsonArray{remove, close, close, close}}) {
            const Result<ConversationFieldUpdate> bad = decodeConversationFieldUpdate(
                {{"conversationId"_L1, "c-1"_L1}, {"conversationField"_L1, fields}});
            QVERIFY2(!bad.ok(), QJsonDocument(fields).toJson(QJsonDocument::Compact).constData());
        }

        // A close with the agent's disposition.
        ConversationFieldUpdate closing;
        closing.conversationId = u"c-1"_s;
        closing.action = ConversationFieldUpdate::Action::Close;
        closing.dispositionCode = u"resolved"_s;
        closing.dispositionNote = u"Refunded the second charge."_s;
        Result<ConversationFieldUpdate> c = decodeConversationFieldUpdate(toJson(closing));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c->dispositionCode, u"resolved"_s);
        QCOMPARE(c->dispositionNote, u"Refunded the second charge."_s);

        // A relayed chat state has no sequence; any other event without one is malformed.
        MessagingEvent typing;
        typing.sequence = -1;
        typing.conversationId = typing.dialogId = u"c-1"_s;
        typing.originatorRole = ParticipantRole::Consumer;
        typing.event.type = Event::Type::ChatState;
        typing.event.chatState = u"COMPOSING"_s;
        const QJsonObject typingJson = toJson(typing);
        QVERIFY(!typingJson.contains("sequence"_L1));
        Result<MessagingEvent> t = decodeMessagingEvent(typingJson);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->sequence, -1);
        QCOMPARE(t->event.chatState, u"COMPOSING"_s);
        MessagingEvent text = typing;
        text.event.type = Event::Type::Content;
        text.event.message = u"hi"_s;
        QVERIFY(!decodeMessagingEvent(toJson(text)).ok());

        // The team.
        TeamInfo team;
        team.members = {{u"a-1"_s, u"Ana"_s, u"agent"_s, true},
                        {u"s-1"_s, u"Sam"_s, u"supervisor"_s, false}};
        team.skills = {u"billing"_s};
        team.dispositions = {{u"resolved"_s, u"Resolved"_s}};
        team.cannedResponses = {{u"greeting"_s, u"Hi {customer}!"_s}};
        Result<TeamInfo> back = decodeTeamInfo(toJson(team));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(toJson(back.value()), toJson(team));
        QVERIFY(back->members.at(0).online && !back->members.at(1).online);
        QVERIFY(!decodeTeamInfo(QJsonObject{{"members"_L1, QJsonArray{QJsonObject{}}}}).ok());
    }

    void requestValuesRoundTrip()
    {
        SubscribeConversationsRequest subscribe;
        subscribe.convStates = {u"OPEN"_s, u"CLOSE"_s};
        subscribe.agentIds = {u"a-1"_s};
        Result<SubscribeConversationsRequest> s =
            decodeSubscribeConversationsRequest(toJson(subscribe));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->convStates, subscribe.convStates);
        QCOMPARE(s->agentIds, subscribe.agentIds);
        QCOMPARE(decodeSubscribeConversationsRequest(QJsonObject{})->convStates,
                 QStringList{u"OPEN"_s});

        Result<AgentStateRequest> a =
            decodeAgentStateRequest(toJson(AgentStateRequest{u"AWAY"_s, {}}));
        QVERIFY(a.ok());
        QCOMPARE(a->availability, u"AWAY"_s);
        Result<RingStateUpdate> r =
            decodeRingStateUpdate(toJson(RingStateUpdate{u"r-1"_s, u"ACCEPTED"_s}));
        QVERIFY(r.ok());
        QCOMPARE(r->ringId, u"r-1"_s);
        QueryMessagesRequest q{u"c"_s, 4, 10};
        Result<QueryMessagesRequest> qd = decodeQueryMessagesRequest(toJson(q));
        QVERIFY(qd.ok());
        QCOMPARE(qd->newerThanSequence, 4);
        QCOMPARE(qd->maxQuantity, 10);
    }

    void malformedBodiesNameThePath_data()
    {
        QTest::addColumn<QString>("decoder");
        QTest::addColumn<QJsonValue>("body");
        QTest::addColumn<QString>("expected");
        const QJsonArray cases =
            QJsonDocument::fromJson(Test::readData(u"protocol/malformed-bodies.json"_s)).array();
        QVERIFY(cases.size() >= 26);
        int i = 0;
        for (const QJsonValue &c : cases) {
            const QJsonObject o = c.toObject();
            QTest::newRow(qPrintable(u"%1-%2"_s.arg(i++).arg(o.value("decoder"_L1).toString())))
                << o.value("decoder"_L1).toString() << o.value("body"_L1)
                << o.value("error"_L1).toString();
        }
    }
    void malformedBodiesNameThePath()
    {
        QFETCH(QString, decoder);
        QFETCH(QJsonValue, body);
        QFETCH(QString, expected);
        const QJsonObject o = body.toObject();
        QString error;
        if (decoder == "conversationChange"_L1)
            error = decodeConversationChangeNotification(o).error();
        else if (decoder == "messagingEvent"_L1)
            error = decodeMessagingEvent(o).error();
        else if (decoder == "publishEvent"_L1)
            error = decodePublishEventRequest(o, {}).error();
        else if (decoder == "queryMessages"_L1)
            error = decodeQueryMessagesRequest(o).error();
        else if (decoder == "fieldUpdate"_L1)
            error = decodeConversationFieldUpdate(o).error();
        else if (decoder == "routingTask"_L1)
            error = decodeRoutingTaskNotification(o).error();
        else if (decoder == "subscribe"_L1)
            error = decodeSubscribeConversationsRequest(o).error();
        else if (decoder == "agentState"_L1)
            error = decodeAgentStateRequest(o).error();
        else if (decoder == "ringState"_L1)
            error = decodeRingStateUpdate(o).error();
        else if (decoder == "queryResponse"_L1)
            error = decodeMessagingEvents(body).error();
        else
            QFAIL("unknown decoder in fixture");
        QVERIFY2(!error.isEmpty(), "the decoder accepted a malformed body");
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(CodecTest)
#include "CodecTest.moc"
