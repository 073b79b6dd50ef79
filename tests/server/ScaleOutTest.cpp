// Two signet-hubs on one PostgreSQL database, as a team runs them behind a load balancer: a desk on
// one hub sees what arrives on the other (offers, customer messages, typing, transfers, logouts),
// a conversation is never assigned twice however the accepts race, a login on one hub opens a
// WebSocket on the other, and a hub that lost its line to the others has its desks catch up.
// Runs only against a real PostgreSQL server (tests/support/with-postgres.sh): SQLite is one hub's.
#include "TestDatabase.h"
#include "TestDesk.h"
#include "TestHub.h"
#include "conversation/DeskSession.h"
#include "routing/HubPeers.h"
#include "store/Store.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QWebSocket>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 20000;
constexpr int kPingMs = 200; // the hubs check their line to each other this often here

// Hub A with its own fresh database, hub B on the same one.
struct Pair
{
    TestHub a{TestHub::Configure([](HubOptions &o) { o.peerPingMs = kPingMs; })};
    std::unique_ptr<TestHub> b;

    bool build()
    {
        if (!a.ok())
            return false;
        const QString database = a.databasePath();
        b = std::make_unique<TestHub>(TestHub::Configure([&database](HubOptions &o) {
            o.databasePath = database;
            o.peerPingMs = kPingMs;
        }));
        return b->ok() && a.addUser(u"ana"_s, kPassword) && a.addUser(u"bo"_s, kPassword);
    }
    QString id(const QString &user) { return a.hub().store().agentByName(user)->id; }
    QString startOnB(const QString &consumerId, const QString &text)
    {
        ConsumerRecord c;
        c.id = consumerId;
        c.firstName = consumerId;
        c.context.channel = ChannelType::AppleMessages;
        Result<QString> convId = b->hub().startConversation(c, text, u"general"_s);
        return convId ? convId.value() : QString();
    }
};

bool hasText(DeskSession &session, const QString &convId, const QString &text)
{
    const MessageListModel *model = session.messages(convId);
    if (!model)
        return false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->messageAt(row).text == text && model->messageAt(row).sequence >= 0)
            return true;
    }
    return false;
}

// The desk is offered the conversation and accepts it.
bool offeredAndAccepted(TestDesk &desk, const QString &convId)
{
    return spinUntil([&] { return desk.session->canAccept(convId); }, kWait) &&
           awaitStatus([&](auto done) { desk.session->accept(convId, done); }).ok();
}

int post(QNetworkAccessManager &network, const QUrl &url, const QString &bearer)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    QNetworkReply *reply = network.post(request, QByteArray("{}"));
    spinUntil([reply] { return reply->isFinished(); }, kWait);
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class ScaleOutTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(onPostgres(), "ScaleOutTest needs PostgreSQL: run it under "
                               "tests/support/with-postgres.sh (./dev.sh test does)");
    }

    void bothHubsListenToEachOther()
    {
        Pair p;
        QVERIFY2(p.build(), qPrintable(p.a.error()));
        QVERIFY(p.a.hub().peers().isActive());
        QVERIFY(p.b->hub().peers().isActive());
        QVERIFY(p.a.hub().peers().hubId() != p.b->hub().peers().hubId());
    }

    void aDeskOnHubASeesWhatArrivesOnHubB()
    {
        Pair p;
        QVERIFY2(p.build(), qPrintable(p.a.error()));
        TestDesk ana(p.a, u"ana"_s);
        QVERIFY(ana.online());

        // Offered on A although the customer came in on B …
        const QString convId = p.startOnB(u"maya"_s, u"Hello from hub B"_s);
        QVERIFY(!convId.isEmpty());
        QVERIFY(offeredAndAccepted(ana, convId));
        QVERIFY(
            spinUntil([&] { return hasText(*ana.session, convId, u"Hello from hub B"_s); }, kWait));

        // … the customer's next message, stored by B, reaches the desk on A …
        QVERIFY(p.b->hub().consumerSend(convId, u"Second message, via B"_s).ok());
        QVERIFY(spinUntil([&] { return hasText(*ana.session, convId, u"Second message, via B"_s); },
                          kWait));

        // … and the agent's reply, stored by A, is announced on B (where the customer's side of
        // the conversation listens: demo customers, bridged channels).
        QSignalSpy onB(&p.b->hub(), &HubServer::eventPublished);
        ana.session->sendText(convId, u"Hi, Ana here"_s);
        QVERIFY(spinUntil(
            [&] {
                for (const QList<QVariant> &args : std::as_const(onB)) {
                    const auto event = args.at(0).value<MessagingEvent>();
                    if (event.conversationId == convId && event.event.message == "Hi, Ana here"_L1)
                        return true;
                }
                return false;
            },
            kWait));

        // Typing on A shows on B's customer page; the customer's typing on B shows on A.
        ana.session->setComposing(convId, true);
        QVERIFY(
            spinUntil([&] { return p.b->hub().agentChatState(convId) == "COMPOSING"_L1; }, kWait));
        p.b->hub().relayChatState(convId, u"maya"_s, ParticipantRole::Consumer, u"COMPOSING"_s);
        QVERIFY(spinUntil([&] { return ana.session->isCustomerTyping(convId); }, kWait));

        // Closed on B: the desk on A sees it closed.
        QVERIFY(p.b->hub().close(convId).ok());
        QVERIFY(spinUntil([&] { return !ana.session->isOpen(convId); }, kWait));
    }

    void racingAcceptsOnTwoHubsNeverAssignTwice()
    {
        Pair p;
        QVERIFY2(p.build(), qPrintable(p.a.error()));
        TestDesk ana(p.a, u"ana"_s);
        TestDesk bo(*p.b, u"bo"_s);
        QVERIFY(ana.online());
        QVERIFY(bo.online());
        const QString anaId = p.id(u"ana"_s);
        const QString boId = p.id(u"bo"_s);
        int anaWon = 0;
        int boWon = 0;
        for (int i = 0; i < 12; ++i) {
            // Customers arrive on either hub; both agents are offered each and accept at once.
            const QString convId = (i % 2 ? p.startOnB(u"c%1"_s.arg(i), u"Hi"_s) : [&] {
                ConsumerRecord c;
                c.id = u"c%1"_s.arg(i);
                c.firstName = c.id;
                c.context.channel = ChannelType::WebChat;
                return p.a.hub().startConversation(c, u"Hi"_s, u"general"_s).value();
            }());
            QVERIFY(spinUntil(
                [&] { return ana.session->canAccept(convId) && bo.session->canAccept(convId); },
                kWait));
            std::optional<Status> anaResult;
            std::optional<Status> boResult;
            ana.session->accept(convId, [&](const Status &s) { anaResult = s; });
            bo.session->accept(convId, [&](const Status &s) { boResult = s; });
            QVERIFY(spinUntil([&] { return anaResult && boResult; }, kWait));
            QVERIFY2(anaResult->ok() != boResult->ok(),
                     qPrintable(u"conversation %1: ana %2, bo %3"_s.arg(convId)
                                    .arg(anaResult->ok() ? u"won"_s : anaResult->error())
                                    .arg(boResult->ok() ? u"won"_s : boResult->error())));
            const QString winner = anaResult->ok() ? anaId : boId;
            (anaResult->ok() ? anaWon : boWon)++;
            QCOMPARE(p.a.hub().store().conversation(convId)->assignedAgentId(), winner);
            // The loser's offer is withdrawn, and only the winner has it.
            TestDesk &loser = anaResult->ok() ? bo : ana;
            TestDesk &owner = anaResult->ok() ? ana : bo;
            QVERIFY(spinUntil([&] { return !loser.session->canAccept(convId); }, kWait));
            QVERIFY(spinUntil([&] { return owner.session->isAssignedToMe(convId); }, kWait));
            QVERIFY(!loser.session->isAssignedToMe(convId));
        }
        QCOMPARE(anaWon + boWon, 12);
    }

    void transfersReachAColleagueOnTheOtherHub()
    {
        Pair p;
        QVERIFY2(p.build(), qPrintable(p.a.error()));
        TestDesk ana(p.a, u"ana"_s);
        TestDesk bo(*p.b, u"bo"_s);
        QVERIFY(ana.online());
        QVERIFY(bo.online());
        // Hub A learns who is online on B from B's heartbeat.
        QVERIFY(spinUntil([&] { return p.a.hub().onlineAgents().contains(p.id(u"bo"_s)); }, kWait));
        QVERIFY(p.a.hub().team().members.size() == 2);
        const QString convId = p.startOnB(u"maya"_s, u"Hello"_s);
        QVERIFY(offeredAndAccepted(ana, convId));
        QVERIFY(awaitStatus([&](auto done) {
                    ana.session->transfer(convId, p.id(u"bo"_s), QString(), done);
                }).ok());
        QVERIFY(spinUntil([&] { return bo.session->isAssignedToMe(convId); }, kWait));

        // A hub that stops says so: its agents are no longer online for the other.
        const QString boId = p.id(u"bo"_s);
        bo.connection.reset();
        bo.session.reset();
        p.b.reset();
        QVERIFY(!p.a.hub().onlineAgents().contains(boId));
    }

    void aLoginOnOneHubHoldsOnTheOther()
    {
        Pair p;
        QVERIFY2(p.build(), qPrintable(p.a.error()));
        const QString bearer = p.a.loginBearer(u"ana"_s, kPassword);
        QVERIFY(!bearer.isEmpty());
        // The WebSocket goes to B (a load balancer without affinity).
        QWebSocket socket;
        QSignalSpy closed(&socket, &QWebSocket::disconnected);
        socket.open(p.b->webSocketUrl(bearer));
        QVERIFY(
            spinUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, kWait));
        QVERIFY(spinUntil([&] { return p.b->hub().connectionCount() == 1; }, kWait));
        // Refreshed on B, logged out on A: the WebSocket on B closes.
        QNetworkAccessManager network;
        QCOMPARE(
            post(network, QUrl(p.b->hub().baseUrl() + u"/api/account/signet/refresh"_s), bearer),
            200);
        QCOMPARE(post(network, QUrl(p.a.hub().baseUrl() + u"/api/account/signet/logout"_s), bearer),
                 200);
        QVERIFY(spinUntil([&] { return closed.count() > 0; }, kWait));
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        // And the bearer no longer works anywhere.
        QCOMPARE(
            post(network, QUrl(p.b->hub().baseUrl() + u"/api/account/signet/refresh"_s), bearer),
            401);
        // The store never holds the bearer itself.
        const QString raw = u"raw-grants"_s;
        {
            QSqlDatabase db = rawConnection(p.a.databasePath(), raw);
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM bearer_grants"_s));
            QVERIFY(query.next());
            QSqlQuery leak(db);
            QVERIFY(leak.exec(
                u"SELECT COUNT(*) FROM bearer_grants WHERE token_hash = '%1'"_s.arg(bearer)));
            QVERIFY(leak.next());
            QCOMPARE(leak.value(0).toInt(), 0);
        }
        closeRawConnection(raw);
    }

    void aHubThatLostItsLineToTheOthersHasItsDesksCatchUp()
    {
        Pair p;
        QVERIFY2(p.build(), qPrintable(p.a.error()));
        TestDesk ana(p.a, u"ana"_s);
        QVERIFY(ana.online());
        const QString convId = p.startOnB(u"maya"_s, u"Hello"_s);
        QVERIFY(offeredAndAccepted(ana, convId));

        // The database ends every listening connection (a failover, an administrator, a cut).
        QSignalSpy resynchronised(&p.a.hub().peers(), &HubPeers::resynchronise);
        const QString raw = u"raw-terminate"_s;
        int ended = 0;
        {
            QSqlDatabase db = rawConnection(p.a.databasePath(), raw);
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()"_s));
            while (query.next())
                ended += query.value(0).toBool() ? 1 : 0;
        }
        closeRawConnection(raw);
        QCOMPARE(ended, 2); // both hubs' listeners
        // Meanwhile the customer writes on B: A cannot hear of it …
        QVERIFY(p.b->hub().consumerSend(convId, u"Said while A was deaf"_s).ok());
        // … until A notices its ping did not come back, listens again, and its desks reconnect
        // and catch up from the store.
        QVERIFY(spinUntil([&] { return resynchronised.count() > 0; }, kWait));
        QVERIFY(spinUntil([&] { return hasText(*ana.session, convId, u"Said while A was deaf"_s); },
                          kWait));
        QVERIFY(ana.online());
        // And the line works again.
        QVERIFY(p.b->hub().consumerSend(convId, u"After the cut"_s).ok());
        QVERIFY(
            spinUntil([&] { return hasText(*ana.session, convId, u"After the cut"_s); }, kWait));
    }
};

QTEST_MAIN(ScaleOutTest)
#include "ScaleOutTest.moc"
