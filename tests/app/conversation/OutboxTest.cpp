// The desk's outbox: what the agent sends while the hub is out of reach is shown as pending, kept
// on disk, and sent in order once the desk is back, exactly once: an answer lost on the way, a desk
// killed with messages waiting (even one the hub had stored but not yet answered) and a sign-in
// request written offline all end with each event stored once. What the hub refuses on the way is
// shown and not tried again. Runs on SQLite and on PostgreSQL.
#include "conversation/Outbox.h"
#include "SignInWorld.h"
#include "TestHub.h"
#include "conversation/DeskSession.h"
#include "protocol/MessageTypes.h"
#include "store/Store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 20000;

// A desk core whose outbox lives in a file, as the desk's does.
struct Desk
{
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<AgentConnection> connection;
    std::unique_ptr<DeskSession> session;

    Desk(TestHub &hub, const QString &outboxPath)
        : outbox(std::make_unique<Outbox>(outboxPath))
    {
        (void)outbox->load();
        connection = hub.connect(u"ana"_s, kPassword);
        session = std::make_unique<DeskSession>(connection.get());
        session->setOutbox(outbox.get());
    }

    bool online() const
    {
        return spinUntil([&] { return connection->state() == AgentConnection::State::Online; },
                         kWait);
    }
    bool offline() const
    {
        return spinUntil([&] { return connection->state() != AgentConnection::State::Online; },
                         kWait);
    }
    MessageListModel *messages(const QString &convId) const { return session->messages(convId); }

    // Each row's text, with "(pending)" or "(failed)" when it is not confirmed.
    QStringList rows(const QString &convId) const
    {
        QStringList out;
        const MessageListModel *model = messages(convId);
        for (int row = 0; model && row < model->rowCount(); ++row) {
            const MessageListModel::Message &m = model->messageAt(row);
            QString text = m.text;
            if (m.delivery == MessageListModel::Delivery::Pending)
                text += u" (pending)"_s;
            else if (m.delivery == MessageListModel::Delivery::Failed)
                text += u" (failed)"_s;
            out << text;
        }
        return out;
    }
};

struct Floor
{
    TestHub hub;
    QTemporaryDir dir;
    QString maya;
    QString outboxPath = dir.filePath(u"outbox.json"_s);

    bool build()
    {
        if (!hub.ok() || !hub.addUser(u"ana"_s, kPassword))
            return false;
        maya = hub.startCustomer(u"maya"_s, u"Maya"_s, u"Hi"_s);
        return !maya.isEmpty() &&
               hub.hub().assign(maya, hub.hub().store().agentByName(u"ana"_s)->id).ok();
    }

    // What the hub stored in the conversation, in sequence order.
    QStringList stored()
    {
        QStringList out;
        for (const MessagingEvent &e : hub.hub().store().events(maya, -1, 1000))
            out << e.event.message;
        return out;
    }
};

// An iOS 17 customer's conversation accepted by the world's agent, whose hub then goes down; the
// conversation id, empty on failure.
QString acceptedThenOffline(SignInWorld &w)
{
    if (!w.online())
        return {};
    const QString convId = w.acceptedConversation(u"17.4"_s, u"maya"_s);
    w.hub.stop();
    if (!spinUntil([&] { return w.connection->state() != AgentConnection::State::Online; }, kWait))
        return {};
    return convId;
}

} // namespace

class OutboxTest : public QObject
{
    Q_OBJECT
private slots:
    void keepsItsItemsOnDiskForThisUserOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state/outbox.json"_s);
        {
            Outbox outbox(path);
            QVERIFY(outbox.load().ok()); // no file yet: empty
            for (const QString &key : {u"k-0001"_s, u"k-0002"_s, u"k-0003"_s}) {
                Outbox::Item item;
                item.key = key;
                item.account = key == u"k-0002"_s ? u"someone-else"_s : u"ana"_s;
                item.conversationId = u"c1"_s;
                item.request = QJsonObject{{"clientKey"_L1, key}};
                item.text = key;
                QVERIFY(outbox.add(item).ok());
            }
            QVERIFY(outbox.remove(u"k-0001"_s).ok());
        }
        QCOMPARE(QFile::permissions(path) &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());
        Outbox again(path);
        QVERIFY(again.load().ok());
        QCOMPARE(again.items().size(), 2);
        QCOMPARE(again.count(u"ana"_s), 1);
        QCOMPARE(again.next(u"ana"_s)->key, u"k-0003"_s);
        QCOMPARE(again.next(u"someone-else"_s)->key, u"k-0002"_s);
        QVERIFY(!again.next(u"nobody"_s));
    }

    void aLineCutShortByAKillIsDroppedAndDamageIsKeptAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.json"_s);
        auto item = [](const QString &key) {
            Outbox::Item i;
            i.key = key;
            i.account = u"ana"_s;
            i.conversationId = u"c1"_s;
            i.request = QJsonObject{{"clientKey"_L1, key}};
            i.text = key;
            return i;
        };
        {
            Outbox outbox(path);
            QVERIFY(outbox.load().ok());
            QVERIFY(outbox.add(item(u"k-0001"_s)).ok());
            QVERIFY(outbox.add(item(u"k-0002"_s)).ok());
            QVERIFY(outbox.remove(u"k-0001"_s).ok());
        }
        // A desk killed in the middle of writing a line leaves half of it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"add\":{\"key\":\"k-0003\",\"acc");
        file.close();
        {
            Outbox outbox(path);
            QVERIFY(outbox.load().ok());
            QCOMPARE(outbox.items().size(), 1);
            QCOMPARE(outbox.items().first().key, u"k-0002"_s);
        }
        // Damage in the middle is another thing: what can be read is kept, and so is the file.
        QVERIFY(file.open(QIODevice::Append));
        file.write("not json at all\n");
        file.write("{\"add\":{\"key\":\"k-0004\",\"account\":\"ana\",\"conversationId\":"
                   "\"c1\",\"request\":{\"clientKey\":\"k-0004\"},\"text\":\"kept\"}}\n");
        file.close();
        Outbox outbox(path);
        const Status loaded = outbox.load();
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(u"damaged"_s), qPrintable(loaded.error()));
        QCOMPARE(outbox.items().size(), 2); // k-0002 and k-0004
        const QStringList aside = QDir(dir.path()).entryList({u"outbox.json.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        QFile original(dir.filePath(aside.first()));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY(original.readAll().contains("not json at all"));
        Outbox again(path);
        QVERIFY(again.load().ok());
        QCOMPARE(again.items().size(), 2);
    }

    void aLongJournalIsCompacted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.json"_s);
        Outbox outbox(path);
        QVERIFY(outbox.load().ok());
        for (int i = 0; i < 500; ++i) {
            Outbox::Item item;
            item.key = u"key-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            item.account = u"ana"_s;
            item.conversationId = u"c1"_s;
            item.request = QJsonObject{{"clientKey"_L1, item.key}};
            QVERIFY(outbox.add(item).ok());
            if (i >= 3)
                QVERIFY(outbox.remove(u"key-%1"_s.arg(i - 3, 4, 10, QLatin1Char('0'))).ok());
        }
        QCOMPARE(outbox.items().size(), 3);
        // A thousand changes, three waiting: the file holds about what waits, not the history.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const int lines = static_cast<int>(file.readAll().count('\n'));
        QVERIFY2(lines < 150, qPrintable(QString::number(lines)));
        Outbox again(path);
        QVERIFY(again.load().ok());
        QCOMPARE(again.items().size(), 3);
        QCOMPARE(again.items().first().key, u"key-0497"_s);
    }

    void messagesWrittenOfflineAreSentInOrderOnceBackOnline()
    {
        Floor f;
        QVERIFY(f.build());
        Desk desk(f.hub, f.outboxPath);
        QVERIFY(desk.online());
        QTRY_COMPARE_WITH_TIMEOUT(desk.rows(f.maya), QStringList{u"Hi"_s}, kWait);

        f.hub.stop();
        QVERIFY(desk.offline());
        desk.session->sendText(f.maya, u"one"_s);
        desk.session->sendText(f.maya, u"two"_s);
        desk.session->sendText(f.maya, u"a note"_s, true);
        // Shown at once, as pending, and on disk.
        QCOMPARE(desk.rows(f.maya), (QStringList{u"Hi"_s, u"one (pending)"_s, u"two (pending)"_s,
                                                 u"a note (pending)"_s}));
        QCOMPARE(desk.session->waitingToSend(), 3);
        Outbox onDisk(f.outboxPath);
        QVERIFY(onDisk.load().ok());
        QCOMPARE(onDisk.items().size(), 3);
        QTest::qWait(500); // reconnect attempts fail meanwhile; nothing is lost or reordered
        QCOMPARE(desk.session->waitingToSend(), 3);

        QVERIFY(f.hub.start());
        QTRY_COMPARE_WITH_TIMEOUT(desk.session->waitingToSend(), 0, kWait);
        QCOMPARE(f.stored(), (QStringList{u"Hi"_s, u"one"_s, u"two"_s, u"a note"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(desk.rows(f.maya),
                                  (QStringList{u"Hi"_s, u"one"_s, u"two"_s, u"a note"_s}), kWait);
        QVERIFY(f.hub.hub().store().events(f.maya, -1, 10).at(3).event.agentsOnly);
        Outbox empty(f.outboxPath);
        QVERIFY(empty.load().ok());
        QVERIFY(empty.items().isEmpty());
    }

    void anAnswerLostOnTheWayStoresTheMessageOnce()
    {
        Floor f;
        QVERIFY(f.build());
        Desk desk(f.hub, f.outboxPath);
        QVERIFY(desk.online());
        QTRY_COMPARE_WITH_TIMEOUT(desk.rows(f.maya).size(), 1, kWait);
        // The hub stores the message; the desk's connection dies before the answer arrives.
        int drops = 0;
        QObject::connect(&f.hub.hub(), &HubServer::eventPublished,
                         [&](const MessagingEvent &event) {
                             if (event.event.message == u"lost answer"_s && drops++ == 0)
                                 desk.connection->simulateNetworkDrop();
                         });
        desk.session->sendText(f.maya, u"lost answer"_s);
        desk.session->sendText(f.maya, u"after it"_s);
        QTRY_COMPARE_WITH_TIMEOUT(desk.session->waitingToSend(), 0, kWait);
        QCOMPARE(drops, 1);
        QCOMPARE(f.stored(), (QStringList{u"Hi"_s, u"lost answer"_s, u"after it"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(desk.rows(f.maya),
                                  (QStringList{u"Hi"_s, u"lost answer"_s, u"after it"_s}), kWait);
    }

    void aKilledDeskSendsWhatWasWaitingWhenItStartsAgain()
    {
        Floor f;
        QVERIFY(f.build());
        QByteArray atTheKill;
        {
            Desk desk(f.hub, f.outboxPath);
            QVERIFY(desk.online());
            QTRY_COMPARE_WITH_TIMEOUT(desk.rows(f.maya).size(), 1, kWait);
            // One message reaches the hub, and the desk dies before hearing back: the outbox as it
            // was on disk at that moment is what a killed desk leaves.
            bool stored = false;
            QObject::connect(&f.hub.hub(), &HubServer::eventPublished,
                             [&](const MessagingEvent &event) {
                                 if (event.event.message != u"stored, then killed"_s)
                                     return;
                                 QFile file(f.outboxPath);
                                 if (file.open(QIODevice::ReadOnly))
                                     atTheKill = file.readAll();
                                 stored = true;
                             });
            desk.session->sendText(f.maya, u"stored, then killed"_s);
            QVERIFY(spinUntil([&] { return stored; }, kWait));
            QVERIFY(atTheKill.contains("stored, then killed"));
            // Two more written while the hub is down.
            f.hub.stop();
            QVERIFY(desk.offline());
            desk.session->sendText(f.maya, u"offline 1"_s);
            desk.session->sendText(f.maya, u"offline 2"_s);
            QFile file(f.outboxPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray now = file.readAll();
            QVERIFY(now.contains("offline 2"));
            // What a kill leaves: the first item as it was before its answer, then the two others.
            Outbox before(f.dir.filePath(u"before.json"_s));
            QFile snapshot(before.path());
            QVERIFY(snapshot.open(QIODevice::WriteOnly));
            snapshot.write(atTheKill);
            snapshot.close();
            QVERIFY(before.load().ok());
            Outbox after(f.outboxPath);
            QVERIFY(after.load().ok());
            Outbox killed(f.dir.filePath(u"killed.json"_s));
            for (const Outbox::Item &item : before.items())
                QVERIFY(killed.add(item).ok());
            for (const Outbox::Item &item : after.items()) {
                if (!killed.item(item.key))
                    QVERIFY(killed.add(item).ok());
            }
            QCOMPARE(killed.items().size(), 3);
            QFile::remove(f.outboxPath);
            QVERIFY(QFile::copy(killed.path(), f.outboxPath));
        } // the desk is gone without a word

        QVERIFY(f.hub.start());
        Desk again(f.hub, f.outboxPath);
        QCOMPARE(again.outbox->items().size(), 3);
        QVERIFY(again.online());
        QTRY_COMPARE_WITH_TIMEOUT(again.session->waitingToSend(), 0, kWait);
        QCOMPARE(f.stored(),
                 (QStringList{u"Hi"_s, u"stored, then killed"_s, u"offline 1"_s, u"offline 2"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(
            again.rows(f.maya),
            (QStringList{u"Hi"_s, u"stored, then killed"_s, u"offline 1"_s, u"offline 2"_s}),
            kWait);
    }

    void whatTheHubRefusesOnTheWayIsShownAndNotTriedAgain()
    {
        Floor f;
        QVERIFY(f.build());
        Desk desk(f.hub, f.outboxPath);
        QVERIFY(desk.online());
        QTRY_COMPARE_WITH_TIMEOUT(desk.rows(f.maya).size(), 1, kWait);
        f.hub.stop();
        QVERIFY(desk.offline());
        desk.session->sendText(f.maya, u"too late"_s);
        {
            // Meanwhile the customer's conversation was closed.
            Store store;
            QVERIFY(store.open(f.hub.databasePath()).ok());
            QVERIFY(store.closeConversation(f.maya).ok());
        }
        QSignalSpy failures(desk.session.get(), &DeskSession::actionFailed);
        QVERIFY(f.hub.start());
        QTRY_COMPARE_WITH_TIMEOUT(desk.session->waitingToSend(), 0, kWait);
        QCOMPARE(f.stored(), QStringList{u"Hi"_s});
        // Shown as not sent with the hub's reason (in the transcript, or the status bar when the
        // closed conversation has left the list).
        const QStringList rows = desk.rows(f.maya);
        const bool inTranscript = rows.contains(u"too late (failed)"_s);
        bool inStatus = false;
        for (const QList<QVariant> &failure : std::as_const(failures))
            inStatus = inStatus || failure.at(0).toString().contains(u"too late"_s);
        QVERIFY2(inTranscript || inStatus, qPrintable(rows.join(u" | "_s)));
    }

    void aSignInRequestWrittenOfflineGoesOutOnReconnectAndAnExpiredOneNever()
    {
        SignInWorld w;
        const QString convId = acceptedThenOffline(w);
        QVERIFY(!convId.isEmpty());
        const QString requestId = w.request(convId);
        QVERIFY(!requestId.isEmpty());
        QCOMPARE(w.tracker.request(requestId)->state, Auth::AuthTracker::State::Sending);
        QVERIFY(w.session->isQueued(requestId));

        QVERIFY(w.hub.start());
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(requestId)->state,
                                  Auth::AuthTracker::State::Sent, kWait);
        QVERIFY(w.hub.hub().store().hasAuthRequest(requestId));
        QVERIFY(!w.session->isQueued(requestId));

        // One that expires while the hub is out of reach is withdrawn, never sent.
        w.signIn->cancel(requestId);
        w.tracker.setExpiry(std::chrono::seconds(1));
        w.hub.stop();
        QVERIFY(spinUntil([&] { return w.connection->state() != AgentConnection::State::Online; },
                          kWait));
        const QString late = w.request(convId);
        QVERIFY(!late.isEmpty());
        QVERIFY(w.session->isQueued(late));
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(late)->state, Auth::AuthTracker::State::Expired,
                                  kWait);
        QVERIFY(!w.session->isQueued(late));
        QVERIFY(w.hub.start());
        QVERIFY(w.online());
        QTest::qWait(300);
        QVERIFY(!w.hub.hub().store().hasAuthRequest(late));
    }

    void aRequestStillSendingFromAnEarlierRunFailsUnlessItIsQueued()
    {
        SignInWorld w;
        const QString convId = acceptedThenOffline(w);
        QVERIFY(!convId.isEmpty());
        const QString queued = w.request(convId);
        QVERIFY(w.session->isQueued(queued));
        // A request the earlier run created but never put in the outbox (it stopped in between).
        w.tracker.create(u"orphan"_s, convId, acmeDraft());
        Auth::SignInService restarted(w.session.get(), &w.keyRing, &w.tracker);
        QCOMPARE(w.tracker.request(u"orphan"_s)->state, Auth::AuthTracker::State::Failed);
        QVERIFY(w.tracker.request(u"orphan"_s)->reason.contains(u"stopped before"_s));
        QCOMPARE(w.tracker.request(queued)->state, Auth::AuthTracker::State::Sending);
    }
};

QTEST_GUILESS_MAIN(OutboxTest)
#include "OutboxTest.moc"
