// Limits that keep one desk from hurting the others: a desk over its share of requests gets 429
// (and the desk's own transport quietly sends the request again a little later, so nothing it
// asked for is lost), while other desks are served; a desk that stops reading is disconnected
// instead of the hub holding everything for it, and catches up without loss when it is back; one
// login holds a few WebSockets, not hundreds (the oldest go, audited once a minute).
#include "Await.h"
#include "TcpProxy.h"
#include "TestHub.h"
#include "conversation/DeskSession.h"
#include "protocol/MessageTypes.h"
#include "transport/AgentConnection.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 30000;
}

class LimitsTest : public QObject
{
    Q_OBJECT
private slots:
    void oneLoginHoldsAFewWebSocketsNotHundreds()
    {
        TestHub hub;
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        const QString bearer = hub.loginBearer(u"ana"_s, kPassword);
        QVERIFY(!bearer.isEmpty());
        const int limit = hub.hub().options().maxSocketsPerLogin;
        const int opened = limit + 4;
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        for (int i = 0; i < opened; ++i) {
            sockets.push_back(std::make_unique<QWebSocket>());
            sockets.back()->open(hub.webSocketUrl(bearer));
            QVERIFY(spinUntil(
                [&] { return sockets.back()->state() == QAbstractSocket::ConnectedState; }, kWait));
            QTRY_VERIFY_WITH_TIMEOUT(hub.hub().connectionCount() == std::min(i + 1, limit), kWait);
        }
        // The oldest went, each told why; the newest are still there.
        for (int i = 0; i < opened; ++i) {
            if (i < opened - limit) {
                QTRY_COMPARE_WITH_TIMEOUT(sockets[i]->state(), QAbstractSocket::UnconnectedState,
                                          kWait);
                QVERIFY2(sockets[i]->closeReason().contains(u"Too many connections"_s),
                         qPrintable(sockets[i]->closeReason()));
            } else {
                QCOMPARE(sockets[i]->state(), QAbstractSocket::ConnectedState);
            }
        }
        // Audited once for the minute, not once per socket.
        AuditFilter capped;
        capped.actionPrefix = u"session.capped"_s;
        const QList<AuditEntry> audited = hub.hub().store().audit(capped);
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited.first().actor, hub.hub().store().agentByName(u"ana"_s)->id);
        // Another login of the same user has its own allowance.
        QWebSocket other;
        other.open(hub.webSocketUrl(hub.loginBearer(u"ana"_s, kPassword)));
        QVERIFY(spinUntil([&] { return other.state() == QAbstractSocket::ConnectedState; }, kWait));
        QTRY_COMPARE_WITH_TIMEOUT(hub.hub().connectionCount(), limit + 1, kWait);
    }

    void oneUserHoldsAFewLoginsNotThousands()
    {
        // Every live login is checked by every hub's sweep: logging in over and over ends the
        // oldest logins instead of growing that list.
        TestHub hub(TestHub::Configure([](HubOptions &o) { o.maxLoginsPerUser = 3; }));
        QVERIFY(hub.ok() && hub.addUser(u"ana"_s, kPassword) && hub.addUser(u"bo"_s, kPassword));
        const QString bos = hub.loginBearer(u"bo"_s, kPassword);
        QStringList anas;
        for (int i = 0; i < 5; ++i)
            anas << hub.loginBearer(u"ana"_s, kPassword);
        auto stored = [&](const QString &bearer) {
            return hub.hub().store().grant(QString::fromLatin1(
                QCryptographicHash::hash(bearer.toUtf8(), QCryptographicHash::Sha256).toHex()));
        };
        for (int i = 0; i < 5; ++i)
            QVERIFY2(bool(stored(anas.at(i))) == (i >= 2), qPrintable(QString::number(i)));
        QVERIFY(stored(bos)); // another user's logins are theirs
        // A hub that had not seen the old logins refuses them; the newest still works.
        TestHub other(
            TestHub::Configure([&](HubOptions &o) { o.databasePath = hub.databasePath(); }));
        QVERIFY(other.ok());
        QVERIFY(!other.hub().grantFor(anas.first()));
        QVERIFY(other.hub().grantFor(anas.last()));
        QWebSocket newest;
        newest.open(other.webSocketUrl(anas.last()));
        QTRY_COMPARE_WITH_TIMEOUT(newest.state(), QAbstractSocket::ConnectedState, kWait);
        AuditFilter ended;
        ended.actionPrefix = u"session.logins-ended"_s;
        const QList<AuditEntry> audited = hub.hub().store().audit(ended);
        QCOMPARE(audited.size(), 2);
        QCOMPARE(audited.first().details.value("ended"_L1).toInt(), 1);
        QCOMPARE(audited.first().actor, hub.hub().store().agentByName(u"ana"_s)->id);
    }

    void aFloodIsSlowedWhileOthersAreServed()
    {
        TestHub hub(TestHub::Configure([](HubOptions &o) {
            o.requestsPerSecond = 20;
            o.requestBurst = 20;
        }));
        QVERIFY(hub.ok() && hub.addUser(u"ana"_s, kPassword) && hub.addUser(u"bo"_s, kPassword));

        auto raw = hub.connect(u"ana"_s, kPassword);
        QVERIFY(spinUntil([&] { return raw->state() == AgentConnection::State::Online; }, kWait));

        // Ana's desk asks for 100 things at once; Bo asks for one meanwhile.
        auto bo = hub.connect(u"bo"_s, kPassword);
        QVERIFY(spinUntil([&] { return bo->state() == AgentConnection::State::Online; }, kWait));
        int answered = 0;
        int failed = 0;
        for (int i = 0; i < 100; ++i)
            raw->request(Protocol::Types::GetClock, QJsonObject{}, raw.get(),
                         [&](const Result<Protocol::Envelope> &r) { r ? ++answered : ++failed; });
        int anaAnsweredWhenBoWas = -1;
        bo->request(Protocol::Types::GetClock, QJsonObject{}, bo.get(),
                    [&](const Result<Protocol::Envelope> &r) {
                        QVERIFY(r.ok());
                        anaAnsweredWhenBoWas = answered;
                    });
        QVERIFY(spinUntil([&] { return answered + failed == 100; }, kWait));
        // Everything Ana asked for was answered, more slowly than she asked; Bo did not wait for
        // her flood to drain.
        QCOMPARE(failed, 0);
        QCOMPARE(answered, 100);
        QVERIFY(anaAnsweredWhenBoWas >= 0);
        QVERIFY2(anaAnsweredWhenBoWas < 100, qPrintable(QString::number(anaAnsweredWhenBoWas)));
    }

    void aClientIgnoringTheLimitIsToldWhy()
    {
        TestHub hub(TestHub::Configure([](HubOptions &o) {
            o.requestsPerSecond = 5;
            o.requestBurst = 5;
        }));
        QVERIFY(hub.ok() && hub.addUser(u"ana"_s, kPassword));
        const QString token = hub.loginBearer(u"ana"_s, kPassword);
        QVERIFY(!token.isEmpty());
        QWebSocket socket;
        int ok = 0;
        int refused = 0;
        QString reason;
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            if (frame.value("kind"_L1).toString() != "resp"_L1)
                return;
            if (frame.value("code"_L1).toInt() == 429) {
                ++refused;
                reason = frame.value("body"_L1).toObject().value("msg"_L1).toString();
            } else {
                ++ok;
            }
        });
        socket.open(hub.webSocketUrl(token));
        QVERIFY(
            spinUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, kWait));
        for (int i = 0; i < 30; ++i)
            socket.sendTextMessage(
                u"{\"kind\":\"req\",\"id\":\"%1\",\"type\":\".GetClock\",\"body\":{}}"_s.arg(i));
        QVERIFY(spinUntil([&] { return ok + refused == 30; }, kWait));
        QVERIFY2(ok >= 5 && ok < 30, qPrintable(QString::number(ok)));
        QVERIFY(refused > 0);
        QVERIFY2(reason.contains(u"at most 5 a second"_s), qPrintable(reason));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // told, not thrown out
    }

    void aDeskThatStopsReadingIsLetGoAndCatchesUp()
    {
        TestHub hub(TestHub::Configure([](HubOptions &o) { o.maxPendingBytes = 256 * 1024; }));
        QVERIFY(hub.ok() && hub.addUser(u"ana"_s, kPassword));
        const QString convId = hub.startCustomer(u"maya"_s, u"Maya"_s, u"Hello"_s);
        QVERIFY(!convId.isEmpty());
        QVERIFY(hub.hub().assign(convId, hub.hub().store().agentByName(u"ana"_s)->id).ok());
        TcpProxy proxy(hub.hub().port());
        auto connection = std::make_unique<AgentConnection>();
        ReconnectPolicy fast;
        fast.initialDelayMs = 100;
        fast.maxDelayMs = 300;
        connection->setReconnectPolicy(fast);
        ServerEndpoint e = hub.endpoint(u"ana"_s);
        e.baseUrl.setPort(proxy.port());
        DeskSession desk(connection.get());
        connection->open(e, kPassword);
        QVERIFY(spinUntil(
            [&] { return desk.messages(convId) && desk.messages(convId)->rowCount() == 1; },
            kWait));

        // The desk stops reading; the customer writes 200 long messages.
        QSignalSpy online(connection.get(), &AgentConnection::online);
        proxy.stall();
        const QString text = QString(u'x').repeated(60 * 1000);
        for (int i = 0; i < 200; ++i)
            QVERIFY(hub.hub().consumerSend(convId, text + QString::number(i)).ok());
        QVERIFY(spinUntil([&] { return hub.hub().connectionCount() == 0 || online.count() > 0; },
                          kWait));
        AuditFilter dropped;
        dropped.actionPrefix = u"connection.dropped"_s;
        QCOMPARE(hub.hub().store().audit(dropped).size(), 1);
        // Back on a new connection, the desk has every message, each once.
        QVERIFY(spinUntil([&] { return desk.messages(convId)->rowCount() == 201; }, kWait));
        QCOMPARE(desk.messages(convId)->messageAt(200).text, text + u"199"_s);
    }
};

QTEST_GUILESS_MAIN(LimitsTest)
#include "LimitsTest.moc"
