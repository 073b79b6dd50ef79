// What an agent does with a conversation besides writing in it, against a real hub and on both
// backends: transfer it to a colleague who is online (theirs at once, announced on their desk,
// gone from the first desk, audited), never to one who is not; hand it back to a skill's queue
// (offered to everyone else); close it with the team's disposition and a note (an unknown one is
// refused); typing indicators both ways, relayed and never stored; the team's lists.
#include "TestDesk.h"
#include "TestHub.h"
#include "conversation/DeskSession.h"
#include "protocol/Codec.h"
#include "protocol/MessageTypes.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTest>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 20000;

struct Floor
{
    TestHub hub;
    QString maya;

    bool build()
    {
        if (!hub.ok() || !hub.addUser(u"ana"_s, kPassword) || !hub.addUser(u"bo"_s, kPassword) ||
            !hub.addUser(u"cy"_s, kPassword) || !hub.addUser(u"sam"_s, kPassword, u"supervisor"_s))
            return false;
        ConsumerRecord c;
        c.id = u"maya"_s;
        c.firstName = u"Maya"_s;
        c.context.channel = ChannelType::AppleMessages;
        Result<QString> convId = hub.hub().startConversation(c, u"Hello"_s, u"general"_s);
        maya = convId ? convId.value() : QString();
        return !maya.isEmpty();
    }
    QString id(const QString &user) { return hub.hub().store().agentByName(user)->id; }
    QList<AuditEntry> audit(const QString &prefix)
    {
        AuditFilter filter;
        filter.actionPrefix = prefix;
        return hub.hub().store().audit(filter);
    }
};

Status accept(TestDesk &desk, const QString &convId)
{
    if (!spinUntil([&] { return desk.session->canAccept(convId); }, kWait))
        return fail(u"never offered"_s);
    return awaitStatus([&](auto done) { desk.session->accept(convId, done); });
}

} // namespace

class ConversationActionsTest : public QObject
{
    Q_OBJECT
private slots:
    void aTransferToAColleagueIsTheirsAtOnce()
    {
        Floor f;
        QVERIFY(f.build());
        TestDesk ana(f.hub, u"ana"_s);
        TestDesk bo(f.hub, u"bo"_s);
        QVERIFY(ana.online() && bo.online());
        QVERIFY(accept(ana, f.maya).ok());
        QVERIFY(f.hub.hub().consumerSend(f.maya, u"My card was charged twice"_s).ok());
        QVERIFY(spinUntil([&] { return ana.session->messages(f.maya)->rowCount() == 2; }, kWait));
        QVERIFY(spinUntil([&] { return bo.session->conversations()->rowOf(f.maya) < 0; }, kWait));
        QSignalSpy handed(bo.session.get(), &DeskSession::conversationHandedOver);

        const Status moved = awaitStatus(
            [&](auto done) { ana.session->transfer(f.maya, f.id(u"bo"_s), QString(), done); });
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error()));
        QCOMPARE(f.hub.hub().store().conversation(f.maya)->assignedAgentId(), f.id(u"bo"_s));
        // Bo has it, with its whole transcript, and is told.
        QVERIFY(spinUntil([&] { return bo.session->isAssignedToMe(f.maya); }, kWait));
        QVERIFY(spinUntil([&] { return handed.size() == 1; }, kWait));
        QCOMPARE(handed.at(0).at(0).toString(), f.maya);
        QVERIFY(spinUntil(
            [&] {
                return bo.session->messages(f.maya) &&
                       bo.session->messages(f.maya)->rowCount() == 2;
            },
            kWait));
        // Ana's desk lets it go.
        QVERIFY(spinUntil([&] { return ana.session->conversations()->rowOf(f.maya) < 0; }, kWait));
        QVERIFY(!ana.session->messages(f.maya));
        // Audited, and Ana can no longer write in it.
        const QList<AuditEntry> audit = f.audit(u"conversation.transferred"_s);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).actor, f.id(u"ana"_s));
        QCOMPARE(audit.at(0).details.value("to"_L1).toString(), f.id(u"bo"_s));
        // The skill did not change.
        QCOMPARE(f.hub.hub().store().conversation(f.maya)->skill, u"general"_s);
    }

    void noTransferToAColleagueWhoIsNotOnlineOrByAnyoneButItsAgent()
    {
        Floor f;
        QVERIFY(f.build());
        TestDesk ana(f.hub, u"ana"_s);
        TestDesk bo(f.hub, u"bo"_s);
        QVERIFY(ana.online() && bo.online());
        QVERIFY(accept(ana, f.maya).ok());
        // Cy never logged in.
        Status refused = awaitStatus(
            [&](auto done) { ana.session->transfer(f.maya, f.id(u"cy"_s), QString(), done); });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"not online"_s), qPrintable(refused.error()));
        QCOMPARE(f.hub.hub().store().conversation(f.maya)->assignedAgentId(), f.id(u"ana"_s));
        // The desk keeps it after a refusal.
        QTest::qWait(100);
        QVERIFY(ana.session->conversations()->rowOf(f.maya) >= 0);
        // Bo cannot transfer Ana's conversation (he does not even see it).
        refused = awaitStatus(
            [&](auto done) { bo.session->transfer(f.maya, f.id(u"bo"_s), QString(), done); });
        QVERIFY(!refused.ok());
        // An unknown skill is refused.
        refused = awaitStatus(
            [&](auto done) { ana.session->transfer(f.maya, QString(), u"astrology"_s, done); });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"not one of the team's skills"_s),
                 qPrintable(refused.error()));
        QCOMPARE(f.audit(u"conversation.transferred"_s).size(), 0);
    }

    void backToTheQueueOfASkillIsOfferedToEveryoneElse()
    {
        Floor f;
        QVERIFY(f.build());
        ConsumerRecord other;
        other.id = u"leo"_s;
        other.firstName = u"Leo"_s;
        QVERIFY(f.hub.hub().startConversation(other, u"Hi"_s, u"billing"_s).ok());
        TestDesk ana(f.hub, u"ana"_s);
        TestDesk bo(f.hub, u"bo"_s);
        QVERIFY(ana.online() && bo.online());
        QVERIFY(accept(ana, f.maya).ok());
        QVERIFY(spinUntil([&] { return !bo.session->canAccept(f.maya); }, kWait));

        QVERIFY(awaitStatus([&](auto done) {
                    ana.session->transfer(f.maya, QString(), u"billing"_s, done);
                }).ok());
        const auto details = f.hub.hub().store().conversation(f.maya);
        QVERIFY(details->assignedAgentId().isEmpty());
        QCOMPARE(details->skill, u"billing"_s);
        // Offered to Bo; Ana sees it waiting, but is not rung for it.
        QVERIFY(spinUntil([&] { return bo.session->canAccept(f.maya); }, kWait));
        QVERIFY(spinUntil(
            [&] {
                const auto *item = bo.session->conversations()->item(f.maya);
                return item && item->ringing;
            },
            kWait));
        QVERIFY(spinUntil([&] { return !ana.session->isAssignedToMe(f.maya); }, kWait));
        const auto *mine = ana.session->conversations()->item(f.maya);
        QVERIFY(!mine || !mine->ringing);
        QVERIFY(accept(bo, f.maya).ok());
    }

    void aCloseCarriesTheTeamsDisposition()
    {
        Floor f;
        QVERIFY(f.build());
        TestDesk ana(f.hub, u"ana"_s);
        QVERIFY(ana.online());
        QVERIFY(accept(ana, f.maya).ok());
        QVERIFY(spinUntil([&] { return !ana.session->team().dispositions.isEmpty(); }, kWait));
        const Status unknown = awaitStatus(
            [&](auto done) { ana.session->close(f.maya, u"vanished"_s, QString(), done); });
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(u"not one of the team's dispositions"_s),
                 qPrintable(unknown.error()));
        QVERIFY(ana.session->isOpen(f.maya));

        QVERIFY(awaitStatus([&](auto done) {
                    ana.session->close(f.maya, u"resolved"_s, u"  Refunded the second charge. "_s,
                                       done);
                }).ok());
        const auto closed = f.hub.hub().store().conversation(f.maya);
        QCOMPARE(closed->state, ConversationState::Closed);
        QCOMPARE(closed->dispositionCode, u"resolved"_s);
        QCOMPARE(closed->dispositionNote, u"Refunded the second charge."_s);
        const QList<AuditEntry> audit = f.audit(u"conversation.closed"_s);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).details.value("disposition"_L1).toString(), u"resolved"_s);
        // The desk shows it closed, with its disposition.
        QVERIFY(spinUntil(
            [&] {
                const auto *item = ana.session->conversations()->item(f.maya);
                return item && item->details.dispositionCode == u"resolved"_s;
            },
            kWait));
    }

    void typingIsRelayedBothWaysAndNeverStored()
    {
        Floor f;
        QVERIFY(f.build());
        TestDesk ana(f.hub, u"ana"_s);
        TestDesk sam(f.hub, u"sam"_s);
        QVERIFY(ana.online() && sam.online());
        QVERIFY(accept(ana, f.maya).ok());
        QVERIFY(spinUntil([&] { return ana.session->messages(f.maya)->rowCount() == 1; }, kWait));
        const int stored = int(f.hub.hub().store().events(f.maya, -1, 1000).size());

        // The agent types: the customer's side hears it, once for a burst of keystrokes.
        ana.session->setComposing(f.maya, true);
        QVERIFY(
            spinUntil([&] { return f.hub.hub().agentChatState(f.maya) == u"COMPOSING"_s; }, kWait));
        ana.session->setComposing(f.maya, false);
        QVERIFY(
            spinUntil([&] { return f.hub.hub().agentChatState(f.maya) == u"ACTIVE"_s; }, kWait));
        // A supervisor only monitoring is not typing for the customer: the desk does not send it,
        // and the hub refuses it when sent anyway.
        sam.session->setComposing(f.maya, true);
        PublishEventRequest chatState;
        chatState.conversationId = chatState.dialogId = f.maya;
        chatState.event.type = Event::Type::ChatState;
        chatState.event.chatState = u"COMPOSING"_s;
        Result<Envelope> answer = await<Envelope>([&](auto done) {
            sam.connection->request(Types::PublishEvent, toJson(chatState), this, std::move(done));
        });
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().contains(u"Only the conversation's agent"_s),
                 qPrintable(answer.error()));
        QCOMPARE(f.hub.hub().agentChatState(f.maya), u"ACTIVE"_s);

        // The customer types: every desk that sees the conversation shows it, then not.
        QSignalSpy typing(ana.session.get(), &DeskSession::customerTypingChanged);
        f.hub.hub().relayChatState(f.maya, u"maya"_s, ParticipantRole::Consumer, u"COMPOSING"_s);
        QVERIFY(spinUntil([&] { return ana.session->isCustomerTyping(f.maya); }, kWait));
        QVERIFY(spinUntil([&] { return sam.session->isCustomerTyping(f.maya); }, kWait));
        QVERIFY(ana.session->conversations()->item(f.maya)->customerTyping);
        f.hub.hub().relayChatState(f.maya, u"maya"_s, ParticipantRole::Consumer, u"ACTIVE"_s);
        QVERIFY(spinUntil([&] { return !ana.session->isCustomerTyping(f.maya); }, kWait));
        QCOMPARE(typing.size(), 2);

        // Nothing of it is in the transcript.
        QCOMPARE(int(f.hub.hub().store().events(f.maya, -1, 1000).size()), stored);
        QCOMPARE(ana.session->messages(f.maya)->rowCount(), 1);
    }

    void aCustomerWhoStopsTypingWithoutSayingSoStopsBeingShownAsTyping()
    {
        Floor f;
        QVERIFY(f.build());
        TestDesk ana(f.hub, u"ana"_s);
        QVERIFY(ana.online());
        QVERIFY(accept(ana, f.maya).ok());
        f.hub.hub().relayChatState(f.maya, u"maya"_s, ParticipantRole::Consumer, u"COMPOSING"_s);
        QVERIFY(spinUntil([&] { return ana.session->isCustomerTyping(f.maya); }, kWait));
        // No ACTIVE ever comes (the customer closed the page): it expires.
        QVERIFY(
            spinUntil([&] { return !ana.session->conversations()->item(f.maya)->customerTyping; },
                      DeskSession::kTypingTtlMs + 3000));
        QVERIFY(!ana.session->isCustomerTyping(f.maya));
    }

    void theTeamSaysWhoIsOnline()
    {
        Floor f;
        QVERIFY(f.build());
        TestDesk ana(f.hub, u"ana"_s);
        QVERIFY(ana.online());
        Result<TeamInfo> team =
            await<TeamInfo>([&](auto done) { ana.session->fetchTeam(std::move(done)); });
        QVERIFY2(team.ok(), qPrintable(team.ok() ? QString() : team.error()));
        auto member = [&](const QString &user) {
            for (const TeamMember &m : team->members) {
                if (m.userId == f.id(user))
                    return m;
            }
            return TeamMember{};
        };
        QVERIFY(member(u"ana"_s).online);
        QVERIFY(!member(u"cy"_s).online);
        QCOMPARE(member(u"sam"_s).role, u"supervisor"_s);
        QVERIFY(team->skills.contains(u"general"_s));
        QVERIFY(!team->dispositions.isEmpty());
        QVERIFY(!team->cannedResponses.isEmpty());
        // The image allow-list the hub enforces, for the composer to check with.
        QCOMPARE(team->imageHosts, QStringList{u"images.acme.example"_s});
        QCOMPARE(toJson(ana.session->team()), toJson(team.value()));
    }
};

QTEST_GUILESS_MAIN(ConversationActionsTest)
#include "ConversationActionsTest.moc"
