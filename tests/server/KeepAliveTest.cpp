// Stale connections: when the network goes silent without closing anything (a cut cable, a
// sleeping router), the desk notices within its keep-alive, says why, reconnects and comes back;
// the hub lets go of a desk that stopped answering; a quiet but healthy connection is left alone.
#include "Await.h"
#include "TcpProxy.h"
#include "TestHub.h"
#include "transport/AgentConnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

// A desk that reaches the hub through the proxy.
std::unique_ptr<AgentConnection> deskThrough(TestHub &hub, TcpProxy &proxy, int intervalMs,
                                             int timeoutMs)
{
    auto desk = std::make_unique<AgentConnection>();
    ReconnectPolicy fast;
    fast.initialDelayMs = 100;
    fast.maxDelayMs = 300;
    desk->setReconnectPolicy(fast);
    desk->setKeepAlive(intervalMs, timeoutMs);
    ServerEndpoint e = hub.endpoint(u"ana"_s);
    e.baseUrl.setPort(proxy.port());
    desk->open(e, kPassword);
    return desk;
}
} // namespace

class KeepAliveTest : public QObject
{
    Q_OBJECT
private slots:
    void aDeskNoticesASilentConnectionSaysWhyAndComesBack()
    {
        TestHub hub;
        QVERIFY(hub.ok() && hub.addUser(u"ana"_s, kPassword));
        TcpProxy proxy(hub.hub().port());
        auto desk = deskThrough(hub, proxy, 200, 300);
        QVERIFY(spinUntil([&] { return desk->state() == AgentConnection::State::Online; }, kWait));
        QSignalSpy online(desk.get(), &AgentConnection::online);

        proxy.freeze(); // nothing gets through any more, and nothing is closed
        QVERIFY(spinUntil([&] { return desk->state() == AgentConnection::State::Reconnecting; },
                          kWait));
        QVERIFY2(desk->stateText().contains(u"the server stopped answering"_s),
                 qPrintable(desk->stateText()));
        // A new connection gets through: online again.
        QVERIFY(spinUntil([&] { return online.count() == 1; }, kWait));
        QCOMPARE(desk->state(), AgentConnection::State::Online);
    }

    void theHubLetsGoOfADeskThatStoppedAnswering()
    {
        TestHub hub(TestHub::Configure([](HubOptions &o) { o.keepAliveMs = 200; }));
        QVERIFY(hub.ok() && hub.addUser(u"ana"_s, kPassword));
        TcpProxy proxy(hub.hub().port());
        // This desk would take a minute to notice; the hub does not wait for it.
        auto desk = deskThrough(hub, proxy, 60000, 60000);
        QVERIFY(spinUntil([&] { return desk->state() == AgentConnection::State::Online; }, kWait));
        QCOMPARE(hub.hub().connectionCount(), 1);
        proxy.freeze();
        QVERIFY(spinUntil([&] { return hub.hub().connectionCount() == 0; }, kWait));
    }

    void aQuietHealthyConnectionIsLeftAlone()
    {
        TestHub hub(TestHub::Configure([](HubOptions &o) { o.keepAliveMs = 100; }));
        QVERIFY(hub.ok() && hub.addUser(u"ana"_s, kPassword));
        TcpProxy proxy(hub.hub().port());
        auto desk = deskThrough(hub, proxy, 100, 150);
        QVERIFY(spinUntil([&] { return desk->state() == AgentConnection::State::Online; }, kWait));
        QSignalSpy changes(desk.get(), &AgentConnection::stateChanged);
        QTest::qWait(1500); // fifteen pings each way, and nothing else said
        QCOMPARE(changes.count(), 0);
        QCOMPARE(desk->state(), AgentConnection::State::Online);
        QCOMPARE(hub.hub().connectionCount(), 1);
    }
};

QTEST_GUILESS_MAIN(KeepAliveTest)
#include "KeepAliveTest.moc"
