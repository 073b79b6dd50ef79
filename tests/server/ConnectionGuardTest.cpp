// The hub's HTTP port stays open to everyone: connections that hold a place without using it
// are closed (a request trickled a byte at a time, a connection that says nothing, a keep-alive
// left idle), a request too large is refused, and one address holds only so many connections.
// What the hub itself is busy with (a password being checked) and the agents' WebSockets are
// left alone; behind a proxy, the client's address is believed only from a trusted proxy.
#include "http/ConnectionGuard.h"
#include "Await.h"
#include "RawClient.h"
#include "TestHub.h"
#include "http/TrustedProxies.h"
#include "tls/HubTls.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

const QByteArray kDiscovery = "GET /api/account/signet/service/baseURI.json HTTP/1.1\r\n"
                              "Host: 127.0.0.1\r\n\r\n";

// A connection driven byte by byte, as a slow or hostile client drives it.
class Connection
{
public:
    explicit Connection(quint16 port, bool tls = false)
    {
        if (tls) {
            auto *socket = new QSslSocket;
            socket->setPeerVerifyMode(QSslSocket::VerifyNone); // the hub's own test certificate
            m_socket.reset(socket);
            socket->connectToHostEncrypted(u"127.0.0.1"_s, port);
        } else {
            m_socket = std::make_unique<QTcpSocket>();
            m_socket->connectToHost(QHostAddress::LocalHost, port);
        }
        QObject::connect(m_socket.get(), &QIODevice::readyRead,
                         [this] { m_received += m_socket->readAll(); });
        QObject::connect(m_socket.get(), &QAbstractSocket::disconnected,
                         [this] { m_closed = true; });
    }
    ~Connection() { QObject::disconnect(m_socket.get(), nullptr, nullptr, nullptr); }

    bool waitConnected()
    {
        auto *ssl = qobject_cast<QSslSocket *>(m_socket.get());
        return spinUntil(
            [&] {
                return ssl ? ssl->isEncrypted()
                           : m_socket->state() == QAbstractSocket::ConnectedState;
            },
            kWait);
    }
    void send(const QByteArray &bytes) { m_socket->write(bytes); }
    bool closed() const
    {
        return m_closed || m_socket->state() == QAbstractSocket::UnconnectedState;
    }
    bool waitClosed(int ms = kWait)
    {
        return spinUntil([this] { return closed(); }, ms);
    }
    const QByteArray &received() const { return m_received; }
    int answers() const { return static_cast<int>(m_received.count("HTTP/1.1 ")); }
    // The status of the last answer so far (0: none).
    int lastStatus() const
    {
        const qsizetype at = m_received.lastIndexOf("HTTP/1.1 ");
        return at < 0 ? 0 : m_received.mid(at + 9, 3).toInt();
    }
    // Sends one request and waits for its answer; its status (0: none came).
    int ask(const QByteArray &request)
    {
        const int before = answers();
        send(request);
        if (!spinUntil([&] { return answers() > before || closed(); }, kWait) ||
            answers() == before)
            return 0;
        // The whole answer: its head, then the body its Content-Length announces.
        spinUntil([&] { return m_received.endsWith("}") || closed(); }, kWait);
        return lastStatus();
    }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

QByteArray loginRequest(const QString &user, const QString &password)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{"username"_L1, user}, {"password"_L1, password}})
            .toJson(QJsonDocument::Compact);
    return "POST /api/account/signet/login?v=1.3 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           "Content-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// A hub whose passwords are hashed on one thread, with three of ana's logins waiting on it
// (~0.3 s each), each on its own connection.
struct QueuedLogins
{
    explicit QueuedLogins(ConnectionGuard::Limits limits)
        : hub(TestHub::Configure([limits](HubOptions &o) {
            o.connections = limits;
            o.passwordChecks = {1, 10, 10};
        }))
    {
        if (!hub.ok() || !hub.addUser(u"ana"_s, kPassword))
            return;
        for (int i = 0; i < 3; ++i) {
            logins.push_back(std::make_unique<Connection>(hub.hub().port()));
            if (!logins.back()->waitConnected())
                return;
            logins.back()->send(loginRequest(u"ana"_s, kPassword));
        }
    }
    bool ready() const { return logins.size() == 3; }

    TestHub hub;
    std::vector<std::unique_ptr<Connection>> logins;
};

TestHub::Configure limits(ConnectionGuard::Limits l)
{
    return [l](HubOptions &o) { o.connections = l; };
}
} // namespace

class ConnectionGuardTest : public QObject
{
    Q_OBJECT
private slots:
    void trustedProxiesAreAddressesOrNetworks()
    {
        QCOMPARE(TrustedProxies::parse(u"10.0.0.5"_s).value(),
                 TrustedProxies::Subnet(QHostAddress(u"10.0.0.5"_s), 32));
        QCOMPARE(TrustedProxies::parse(u" 10.1.0.0/16 "_s).value(),
                 TrustedProxies::Subnet(QHostAddress(u"10.1.0.0"_s), 16));
        QCOMPARE(TrustedProxies::parse(u"2001:db8::/32"_s).value(),
                 TrustedProxies::Subnet(QHostAddress(u"2001:db8::"_s), 32));
        QCOMPARE(TrustedProxies::parse(u"fd00::7"_s).value().second, 128);
        QCOMPARE(TrustedProxies::parse(u"10.0.0.7/24"_s).value(),
                 TrustedProxies::Subnet(QHostAddress(u"10.0.0.0"_s), 24));
        for (const QString &bad :
             {u""_s, u"proxy.example"_s, u"10.0.0.0/33"_s, u"10.0.0/8"_s, u"10.0.0.1/-1"_s,
              u"::1/129"_s, u"10.1"_s, u"10.0.0.1/"_s, u"10.0.0.1/+8"_s}) {
            const Result<TrustedProxies::Subnet> parsed = TrustedProxies::parse(bad);
            QVERIFY2(!parsed, qPrintable(bad));
            QVERIFY(parsed.error().contains(u"ADDRESS/PREFIX"_s));
        }
    }

    void onlyATrustedProxysForwardedForIsBelieved()
    {
        const TrustedProxies proxies({TrustedProxies::parse(u"10.0.0.0/24"_s).value(),
                                      TrustedProxies::parse(u"::1"_s).value()});
        const QHostAddress proxy(u"10.0.0.5"_s);
        const QHostAddress stranger(u"198.51.100.7"_s);
        // A stranger who reaches the hub directly names whomever it likes: not believed.
        QCOMPARE(proxies.clientOf(stranger, "192.0.2.1"), stranger);
        // From the proxy: the address it saw (the last entry); entries further left are the
        // client's own to write.
        QCOMPARE(proxies.clientOf(proxy, "192.0.2.9, 203.0.113.4"), QHostAddress(u"203.0.113.4"_s));
        // Through two trusted proxies: the first address that is not one of them.
        QCOMPARE(proxies.clientOf(proxy, "192.0.2.9, 203.0.113.4, 10.0.0.8"),
                 QHostAddress(u"203.0.113.4"_s));
        // Every entry a proxy: the left-most, the one furthest from the hub.
        QCOMPARE(proxies.clientOf(proxy, "10.0.0.9, 10.0.0.8"), QHostAddress(u"10.0.0.9"_s));
        // Garbage stops the walk: nothing left of it is believed.
        QCOMPARE(proxies.clientOf(proxy, "192.0.2.9, unknown, 10.0.0.8"),
                 QHostAddress(u"10.0.0.8"_s));
        // No header: the proxy itself.
        QCOMPARE(proxies.clientOf(proxy, {}), proxy);
        // An IPv4 client on a dual-stack socket is the IPv4 address.
        QCOMPARE(proxies.clientOf(QHostAddress(u"::ffff:10.0.0.5"_s), "203.0.113.4"),
                 QHostAddress(u"203.0.113.4"_s));
        QVERIFY(proxies.contains(QHostAddress(u"::ffff:10.0.0.200"_s)));
        QVERIFY(!proxies.contains(QHostAddress(u"10.0.1.1"_s)));
    }

    void aForwardedForFromAnUntrustedPeerIsIgnored()
    {
        // The hub believes only 192.0.2.250: a client on 127.0.0.1 writing X-Forwarded-For is
        // still 127.0.0.1, so it cannot dodge the lockout of its address by inventing others.
        TestHub hub(TestHub::Configure([](HubOptions &o) {
            o.behindProxy = true;
            o.trustedProxies = {TrustedProxies::parse(u"192.0.2.250"_s).value()};
            o.loginPerAddress = {3, 60000, 60000, 60000};
            o.loginPerUser = {1000, 60000, 1000, 1000};
        }));
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        for (int i = 0; i < 3; ++i) {
            Connection guess(hub.hub().port());
            QVERIFY(guess.waitConnected());
            QByteArray request = loginRequest(u"ana"_s, u"guess"_s);
            request.replace("Host: 127.0.0.1\r\n",
                            QByteArray("Host: 127.0.0.1\r\nX-Forwarded-For: 203.0.113." +
                                       QByteArray::number(i) + "\r\n"));
            QCOMPARE(guess.ask(request), 401);
        }
        Connection elsewhere(hub.hub().port());
        QVERIFY(elsewhere.waitConnected());
        QByteArray request = loginRequest(u"ana"_s, kPassword);
        request.replace("Host: 127.0.0.1\r\n",
                        "Host: 127.0.0.1\r\nX-Forwarded-For: 203.0.113.99\r\n");
        QCOMPARE(elsewhere.ask(request), 429);
    }

    void aRequestTrickledTooSlowlyIsAnswered408()
    {
        TestHub hub(limits({0, 600, 60000, 1024 * 1024}));
        QVERIFY(hub.ok());
        Connection slow(hub.hub().port());
        QVERIFY(slow.waitConnected());
        // A byte every 50 ms keeps the connection busy, but the request's deadline runs from its
        // first byte.
        const QByteArray head = "GET /api/account/signet/service/baseURI.json HTTP/1.1\r\n"
                                "Host: 127.0.0.1\r\nX-Padding: ";
        int sent = 0;
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, [&] {
            slow.send(sent < head.size() ? head.mid(sent, 1) : QByteArray("a"));
            ++sent;
        });
        trickle.start(50);
        QVERIFY(slow.waitClosed());
        trickle.stop();
        QCOMPARE(slow.lastStatus(), 408);
        QVERIFY2(sent >= 10, "closed before its deadline"); // 600 ms at a byte per 50 ms
        QCOMPARE(hub.hub().connectionGuard().counts().slow, 1);
        // Everyone else is served meanwhile and after.
        Connection other(hub.hub().port());
        QVERIFY(other.waitConnected());
        QCOMPARE(other.ask(kDiscovery), 200);
    }

    void aConnectionThatSaysNothingIsClosedSilently()
    {
        TestHub hub(limits({0, 300, 60000, 1024 * 1024}));
        QVERIFY(hub.ok());
        Connection silent(hub.hub().port());
        QVERIFY(silent.waitConnected());
        QVERIFY(!silent.waitClosed(100)); // not at once
        QVERIFY(silent.waitClosed());
        QVERIFY(silent.received().isEmpty());
        QCOMPARE(hub.hub().connectionGuard().counts().slow, 1);
        QCOMPARE(hub.hub().connectionGuard().openFrom(QHostAddress::LocalHost), 0);
    }

    void aKeptAliveConnectionIsClosedOnceIdle()
    {
        TestHub hub(limits({0, 5000, 500, 1024 * 1024}));
        QVERIFY(hub.ok());
        Connection kept(hub.hub().port());
        QVERIFY(kept.waitConnected());
        // Requests that follow one another closer than the idle timeout share the connection.
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(kept.ask(kDiscovery), 200);
            QTest::qWait(150);
        }
        QVERIFY(!kept.closed());
        QVERIFY(kept.waitClosed());
        QCOMPARE(kept.answers(), 4); // closed without an answer of its own
        const ConnectionGuard::Counts &counts = hub.hub().connectionGuard().counts();
        QCOMPARE(counts.idle, 1);
        QCOMPARE(counts.slow, 0);
    }

    void aPasswordBeingCheckedHasNoDeadline()
    {
        // A password check takes ~0.3 s of a core, far beyond this request deadline; three wait
        // for the one thread. The hub's own work is not the client's slowness.
        QueuedLogins queued({0, 150, 60000, 1024 * 1024});
        QVERIFY(queued.ready());
        TestHub &hub = queued.hub;
        const auto &logins = queued.logins;
        for (const auto &login : logins) {
            QVERIFY(spinUntil([&] { return login->answers() == 1 || login->closed(); }, kWait));
            QCOMPARE(login->lastStatus(), 200);
        }
        QCOMPARE(hub.hub().connectionGuard().counts().slow, 0);
    }

    void whatArrivesWhileTheHubAnswersIsBoundedToo()
    {
        // While the hub hashes a password, the client may send the next request: it counts
        // against the bound from then, so waiting on the hub is no way to stream without limit.
        QueuedLogins queued({0, 200, 60000, 64 * 1024});
        QVERIFY(queued.ready());
        TestHub &hub = queued.hub;
        const auto &logins = queued.logins;
        // The last waits behind two hashes (~0.6 s): well into its answer, it sends more.
        QTest::qWait(350);
        QCOMPARE(logins.back()->answers(), 0);
        logins.back()->send("POST /api/account/signet/login?v=1.3 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Type: application/json\r\nContent-Length: 300000\r\n\r\n" +
                            QByteArray(100 * 1024, 'x'));
        QVERIFY(logins.back()->waitClosed());
        QCOMPARE(logins.back()->lastStatus(), 413);
        QCOMPARE(hub.hub().connectionGuard().counts().oversized, 1);
    }

    void aRequestTooLargeIsAnswered413()
    {
        TestHub hub(limits({0, 15000, 60000, 256 * 1024}));
        QVERIFY(hub.ok());
        Connection big(hub.hub().port());
        QVERIFY(big.waitConnected());
        const QByteArray body(400 * 1024, 'x');
        big.send("POST /api/account/signet/login?v=1.3 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(big.waitClosed());
        QCOMPARE(big.lastStatus(), 413);
        QCOMPARE(hub.hub().connectionGuard().counts().oversized, 1);
        // A request within the bound on the same hub is answered as usual.
        Connection small(hub.hub().port());
        QVERIFY(small.waitConnected());
        QCOMPARE(small.ask(kDiscovery), 200);
    }

    void oneAddressHoldsAtMostItsCap()
    {
        TestHub hub(limits({4, 15000, 60000, 1024 * 1024}));
        QVERIFY(hub.ok());
        const ConnectionGuard &guard = hub.hub().connectionGuard();
        std::vector<std::unique_ptr<Connection>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(std::make_unique<Connection>(hub.hub().port()));
            QVERIFY(held.back()->waitConnected());
        }
        QVERIFY(spinUntil([&] { return guard.openFrom(QHostAddress::LocalHost) == 4; }, kWait));
        Connection fifth(hub.hub().port());
        QVERIFY(fifth.waitClosed());
        QVERIFY(fifth.received().isEmpty());
        QCOMPARE(guard.counts().refused, 1);
        // The held ones are served; one leaving frees its place.
        QCOMPARE(held.front()->ask(kDiscovery), 200);
        held.erase(held.begin());
        QVERIFY(spinUntil([&] { return guard.openFrom(QHostAddress::LocalHost) == 3; }, kWait));
        Connection next(hub.hub().port());
        QVERIFY(next.waitConnected());
        QCOMPARE(next.ask(kDiscovery), 200);
        QCOMPARE(guard.counts().refused, 1);
    }

    void aTrustedProxyIsNotHeldToTheCap()
    {
        // Everyone behind the proxy arrives from its address: capping it would cap them all.
        TestHub hub(TestHub::Configure([](HubOptions &o) {
            o.behindProxy = true; // the proxy is on this machine
            o.connections = {2, 15000, 60000, 1024 * 1024};
        }));
        QVERIFY(hub.ok());
        std::vector<std::unique_ptr<Connection>> held;
        for (int i = 0; i < 5; ++i) {
            held.push_back(std::make_unique<Connection>(hub.hub().port()));
            QVERIFY(held.back()->waitConnected());
        }
        for (const auto &connection : held)
            QCOMPARE(connection->ask(kDiscovery), 200);
        QCOMPARE(hub.hub().connectionGuard().counts().refused, 0);
    }

    void webSocketsLeaveTheGuardsCare()
    {
        // Agents' WebSockets are long-lived and quiet: neither timed out nor counted (the agent
        // API has its own keep-alive and its own cap per login).
        TestHub hub(limits({3, 400, 400, 1024 * 1024}));
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        const ConnectionGuard &guard = hub.hub().connectionGuard();
        std::vector<std::unique_ptr<RawClient>> desks;
        for (int i = 0; i < 5; ++i) {
            desks.push_back(std::make_unique<RawClient>(hub, u"ana"_s));
            QVERIFY(desks.back()->connected());
            // The login's own connection goes when it idles; then the place is free again.
            QVERIFY(spinUntil([&] { return guard.openFrom(QHostAddress::LocalHost) == 0; }, kWait));
        }
        QTest::qWait(1000); // beyond both deadlines
        for (const auto &desk : desks) {
            QVERIFY(desk->connected());
            QCOMPARE(desk->request(u".GetClock"_s, QJsonObject{}).code, 200);
        }
        QCOMPARE(guard.counts().refused, 0);
    }

    void tlsHandshakesCountAndEndOnTheirDeadline()
    {
        QTemporaryDir dir;
        Result<HubTls> tls = HubTls::selfSigned(dir.path(), {u"127.0.0.1"_s});
        QVERIFY(tls.ok());
        TestHub hub(TestHub::Configure([&](HubOptions &o) {
            o.tls = tls.value();
            o.connections = {2, 500, 60000, 1024 * 1024};
        }));
        QVERIFY(hub.ok());
        const ConnectionGuard &guard = hub.hub().connectionGuard();
        // Two connections that never start their handshake hold the address's two places...
        Connection mute1(hub.hub().port());
        Connection mute2(hub.hub().port());
        QVERIFY(mute1.waitConnected() && mute2.waitConnected());
        QVERIFY(spinUntil([&] { return guard.openFrom(QHostAddress::LocalHost) == 2; }, kWait));
        Connection third(hub.hub().port(), true);
        QVERIFY(third.waitClosed());
        QCOMPARE(guard.counts().refused, 1);
        // ...until their handshakes' deadline ends them.
        QVERIFY(mute1.waitClosed() && mute2.waitClosed());
        QVERIFY(spinUntil([&] { return guard.openFrom(QHostAddress::LocalHost) == 0; }, kWait));
        Connection encrypted(hub.hub().port(), true);
        QVERIFY(encrypted.waitConnected());
        QCOMPARE(encrypted.ask(kDiscovery), 200);
        // Encrypted, the request deadline holds as in plain HTTP.
        encrypted.send("GET / HTTP/1.1\r\n");
        QVERIFY(encrypted.waitClosed());
        QCOMPARE(encrypted.lastStatus(), 408);
    }
};

QTEST_GUILESS_MAIN(ConnectionGuardTest)
#include "ConnectionGuardTest.moc"
