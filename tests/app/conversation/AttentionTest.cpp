// What deserves the agent's attention, against a real hub: an offer is announced once and withdrawn
// when accepted; messages out of view become one notice per conversation with a count; the
// conversation on screen in the active window announces nothing; a restart does not replay the
// day; a colleague's private note is announced; the counts the tray shows follow the list.
#include "conversation/Attention.h"
#include "TestDesk.h"
#include "TestHub.h"
#include "conversation/DeskSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Signet;
using namespace Signet::Test;
using namespace Qt::StringLiterals;
using Kind = Attention::Notice::Kind;

namespace {
constexpr int kWait = 20000;

struct Floor
{
    TestHub hub;

    bool build()
    {
        return hub.ok() && hub.addUser(u"ana"_s, kPassword) &&
               hub.addUser(u"sam"_s, kPassword, u"supervisor"_s);
    }
    QString agentId(const QString &name) { return hub.hub().store().agentByName(name)->id; }
    // A conversation from a customer, assigned to ana before any desk sees it.
    QString assignedToAna(const QString &consumer, const QString &name, const QString &text)
    {
        const QString convId = hub.startCustomer(consumer, name, text);
        if (convId.isEmpty() || !hub.hub().assign(convId, agentId(u"ana"_s)).ok())
            return {};
        return convId;
    }
    bool customerSays(const QString &convId, const QString &text)
    {
        return hub.hub().consumerSend(convId, text).ok();
    }
};

// A desk core with its attention, as the window sets it up.
struct Desk : TestDesk
{
    Attention attention;

    Desk(TestHub &hub, const QString &user)
        : TestDesk(hub, user)
    {
        attention.setSession(session.get());
    }
    bool loaded(const QString &convId, int messages)
    {
        return spinUntil(
            [&] {
                const MessageListModel *m = session->messages(convId);
                return m && m->rowCount() >= messages;
            },
            kWait);
    }
};

} // namespace

class AttentionTest : public QObject
{
    Q_OBJECT
private slots:
    void anOfferIsAnnouncedOnceAndWithdrawnWhenAccepted()
    {
        Floor f;
        QVERIFY(f.build());
        Desk ana(f.hub, u"ana"_s);
        QVERIFY(ana.online());
        ana.attention.setView({}, false);
        QSignalSpy posted(&ana.attention, &Attention::noticePosted);
        QSignalSpy withdrawn(&ana.attention, &Attention::noticeWithdrawn);
        QSignalSpy attention(&ana.attention, &Attention::attentionChanged);

        const QString maya = f.hub.startCustomer(u"maya"_s, u"Maya"_s, u"Is my parcel lost?"_s);
        QVERIFY(spinUntil([&] { return ana.attention.offers() == 1; }, kWait));
        // Announced at once, then updated in place when the name is known; never twice as new.
        QVERIFY(spinUntil(
            [&] {
                const Attention::Notice *n = ana.attention.notice(maya);
                return n && n->title == u"New conversation: Maya Tester"_s;
            },
            kWait));
        const Attention::Notice *offer = ana.attention.notice(maya);
        QCOMPARE(offer->kind, Kind::Offer);
        QCOMPARE(offer->body, u"Is my parcel lost?"_s);
        QVERIFY(posted.size() >= 1 && posted.size() <= 2);
        for (const QList<QVariant> &args : std::as_const(posted))
            QCOMPARE(args.at(0).value<Attention::Notice>().convId, maya);
        QCOMPARE(ana.attention.badgeCount(), 1);
        QVERIFY(ana.attention.needsAttention());
        QCOMPARE(attention.size(), 1);

        // Looking at an offer does not withdraw it (it is accepted, not read).
        ana.attention.setView(maya, true);
        QVERIFY(ana.attention.notice(maya));
        QVERIFY(!ana.attention.needsAttention()); // the window is active: the request is over

        QVERIFY(awaitStatus([&](auto done) { ana.session->accept(maya, done); }).ok());
        QVERIFY(spinUntil([&] { return ana.attention.offers() == 0; }, kWait));
        QCOMPARE(withdrawn.size(), 1);
        QCOMPARE(withdrawn.at(0).at(0).toString(), maya);
        QVERIFY(!ana.attention.notice(maya));
    }

    void messagesOutOfViewAreOneNoticeWithACount()
    {
        Floor f;
        QVERIFY(f.build());
        const QString maya = f.assignedToAna(u"maya"_s, u"Maya"_s, u"Hello"_s);
        const QString leo = f.assignedToAna(u"leo"_s, u"Leo"_s, u"Hi there"_s);
        QVERIFY(!maya.isEmpty() && !leo.isEmpty());
        Desk ana(f.hub, u"ana"_s);
        QVERIFY(ana.online());
        QVERIFY(ana.loaded(maya, 1) && ana.loaded(leo, 1));
        ana.attention.setView(leo, true); // Leo on screen
        QSignalSpy posted(&ana.attention, &Attention::noticePosted);
        // The counts are taken a moment after the list changes (on a loaded machine, after the
        // messages arrive): both greetings are unread before anything else is said.
        QVERIFY(spinUntil([&] { return ana.attention.unreadMessages() == 2; }, kWait));
        const int unreadBefore = ana.attention.unreadMessages();

        QVERIFY(f.customerSays(maya, u"First"_s));
        QVERIFY(f.customerSays(maya, u"Second"_s));
        QVERIFY(f.customerSays(maya, u"Third, and the longest of the three"_s));
        QVERIFY(spinUntil(
            [&] {
                const Attention::Notice *n = ana.attention.notice(maya);
                return n && n->count == 3;
            },
            kWait));
        const Attention::Notice *n = ana.attention.notice(maya);
        QCOMPARE(n->kind, Kind::Message);
        QCOMPARE(n->title, u"Maya Tester (3 new messages)"_s);
        QCOMPARE(n->body, u"Third, and the longest of the three"_s);
        QCOMPARE(posted.size(), 3); // the same notice, updated
        QVERIFY(
            spinUntil([&] { return ana.attention.unreadMessages() == unreadBefore + 3; }, kWait));
        QCOMPARE(ana.attention.badgeCount(), ana.attention.unreadMessages());
        QVERIFY(!ana.attention.notice(leo));

        // A very long message is shortened in the notice.
        QVERIFY(f.customerSays(maya, QString(500, u'x')));
        QVERIFY(spinUntil([&] { return ana.attention.notice(maya)->count == 4; }, kWait));
        QCOMPARE(ana.attention.notice(maya)->body.size(), Attention::kBodyLength);
        QVERIFY(ana.attention.notice(maya)->body.endsWith(QChar(0x2026)));

        // Opening Maya's conversation withdraws her notice.
        QSignalSpy withdrawn(&ana.attention, &Attention::noticeWithdrawn);
        ana.attention.setView(maya, true);
        QCOMPARE(withdrawn.size(), 1);
        QVERIFY(!ana.attention.notice(maya));
    }

    void theConversationOnScreenIsAnnouncedOnlyWhenTheWindowIsInactive()
    {
        Floor f;
        QVERIFY(f.build());
        const QString maya = f.assignedToAna(u"maya"_s, u"Maya"_s, u"Hello"_s);
        QVERIFY(!maya.isEmpty());
        Desk ana(f.hub, u"ana"_s);
        QVERIFY(ana.online());
        QVERIFY(ana.loaded(maya, 1));
        ana.attention.setView(maya, true);
        QSignalSpy posted(&ana.attention, &Attention::noticePosted);
        QSignalSpy attention(&ana.attention, &Attention::attentionChanged);

        QVERIFY(f.customerSays(maya, u"Are you there?"_s));
        QVERIFY(ana.loaded(maya, 2));
        QCOMPARE(posted.size(), 0);
        QVERIFY(!ana.attention.needsAttention());

        ana.attention.setView(maya, false); // the agent switched to another application
        QVERIFY(f.customerSays(maya, u"Hello?"_s));
        QVERIFY(spinUntil([&] { return posted.size() == 1; }, kWait));
        QCOMPARE(posted.at(0).at(0).value<Attention::Notice>().title, u"Maya Tester"_s);
        QVERIFY(ana.attention.needsAttention());
        QCOMPARE(attention.size(), 1);
        QCOMPARE(attention.at(0).at(0).toBool(), true);

        ana.attention.setView(maya, true); // back
        QVERIFY(!ana.attention.needsAttention());
        QCOMPARE(attention.size(), 2);
        QVERIFY(!ana.attention.notice(maya));
    }

    void aRestartDoesNotReplayTheDay()
    {
        Floor f;
        QVERIFY(f.build());
        const QString maya = f.assignedToAna(u"maya"_s, u"Maya"_s, u"Hello"_s);
        QVERIFY(!maya.isEmpty());
        for (int i = 0; i < 5; ++i)
            QVERIFY(f.customerSays(maya, u"Earlier message %1"_s.arg(i)));

        Desk ana(f.hub, u"ana"_s); // a desk started after all of this
        ana.attention.setView({}, false);
        QSignalSpy posted(&ana.attention, &Attention::noticePosted);
        QVERIFY(ana.online());
        QVERIFY(ana.loaded(maya, 6));
        // The unread messages are counted for the tray, but none is announced...
        QVERIFY(spinUntil([&] { return ana.attention.unreadMessages() == 6; }, kWait));
        QCOMPARE(posted.size(), 0);
        QVERIFY(!ana.attention.needsAttention());
        // ...until the customer writes again.
        QVERIFY(f.customerSays(maya, u"Now"_s));
        QVERIFY(spinUntil([&] { return posted.size() == 1; }, kWait));
        QCOMPARE(posted.at(0).at(0).value<Attention::Notice>().body, u"Now"_s);
        // Counts are taken once per turn of the event loop, however many rows changed in it.
        QVERIFY(spinUntil([&] { return ana.attention.unreadMessages() == 7; }, kWait));
    }

    void aColleaguesPrivateNoteIsAnnounced()
    {
        Floor f;
        QVERIFY(f.build());
        const QString maya = f.assignedToAna(u"maya"_s, u"Maya"_s, u"Hello"_s);
        QVERIFY(!maya.isEmpty());
        Desk ana(f.hub, u"ana"_s);
        Desk sam(f.hub, u"sam"_s);
        QVERIFY(ana.online() && sam.online());
        QVERIFY(ana.loaded(maya, 1) && sam.loaded(maya, 1));
        ana.attention.setView({}, false);
        sam.attention.setView({}, false);
        QSignalSpy anaPosted(&ana.attention, &Attention::noticePosted);
        QSignalSpy samPosted(&sam.attention, &Attention::noticePosted);

        sam.session->sendText(maya, u"Check the second charge first."_s, true);
        QVERIFY(spinUntil([&] { return anaPosted.size() == 1; }, kWait));
        const auto note = anaPosted.at(0).at(0).value<Attention::Notice>();
        QCOMPARE(note.kind, Kind::PrivateNote);
        QCOMPARE(note.convId, maya);
        QVERIFY2(note.title.startsWith(u"Private note from "_s) &&
                     note.title.endsWith(u" about Maya Tester"_s),
                 qPrintable(note.title));
        QCOMPARE(note.body, u"Check the second charge first."_s);
        // The unread count is the customer's messages only; a note is not one.
        QCOMPARE(ana.attention.unreadMessages(), 1);

        // A supervisor who only monitors is not disturbed by the agent's replies or the customer.
        ana.session->sendText(maya, u"Noted."_s, true);
        QVERIFY(f.customerSays(maya, u"Any news?"_s));
        QVERIFY(sam.loaded(maya, 4));
        QCOMPARE(samPosted.size(), 0);
        QCOMPARE(sam.attention.badgeCount(), 0);
    }

    void switchingSessionsWithdrawsEverything()
    {
        Floor f;
        QVERIFY(f.build());
        Desk ana(f.hub, u"ana"_s);
        QVERIFY(ana.online());
        ana.attention.setView({}, false);
        const QString maya = f.hub.startCustomer(u"maya"_s, u"Maya"_s, u"Hello"_s);
        QVERIFY(spinUntil([&] { return ana.attention.notice(maya) != nullptr; }, kWait));
        QSignalSpy withdrawn(&ana.attention, &Attention::noticeWithdrawn);
        QSignalSpy counts(&ana.attention, &Attention::countsChanged);
        ana.attention.setSession(nullptr);
        QCOMPARE(withdrawn.size(), 1);
        QCOMPARE(ana.attention.badgeCount(), 0);
        QCOMPARE(counts.size(), 1);
        QVERIFY(!ana.attention.needsAttention());
    }
};

QTEST_GUILESS_MAIN(AttentionTest)
#include "AttentionTest.moc"
