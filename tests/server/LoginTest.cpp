// Logins: password guessing is slowed (per user name from one address, and per address), with
// the refusals audited; a login lives as long as the hub says unless the desk refreshes it, and
// a WebSocket whose login has expired or was logged out is closed, while a desk that refreshes
// stays online.
#include "Await.h"
#include "HttpPost.h"
#include "HubCommandLine.h"
#include "TestHub.h"
#include "agentapi/LoginThrottle.h"
#include "protocol/MessageTypes.h"
#include "transport/AgentConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <cstdio>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

// A login endpoint's answer, with the bearer and forwarded address a client may send.
HttpAnswer post(QNetworkAccessManager &network, const QUrl &url, const QJsonObject &body,
                const QByteArray &bearer = {}, const QByteArray &forwardedFor = {})
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    if (!forwardedFor.isEmpty())
        headers.append({"X-Forwarded-For", forwardedFor});
    return postJson(network, url, body, headers, kWait);
}

struct Logins
{
    explicit Logins(TestHub &h)
        : hub(h)
    {}
    TestHub &hub;
    QNetworkAccessManager network;

    QUrl url(const QString &what) const
    {
        return QUrl(hub.hub().baseUrl() + u"/api/account/signet/"_s + what + u"?v=1.3"_s);
    }
    HttpAnswer login(const QString &user, const QString &password,
                     const QByteArray &forwardedFor = {})
    {
        return post(network, url(u"login"_s),
                    QJsonObject{{"username"_L1, user}, {"password"_L1, password}}, {},
                    forwardedFor);
    }
    int auditCount(const QString &action)
    {
        AuditFilter filter;
        filter.actionPrefix = action;
        return static_cast<int>(hub.hub().store().audit(filter).size());
    }
};
} // namespace

class LoginTest : public QObject
{
    Q_OBJECT
private slots:
    void theThrottleLocksOutDoublesAndForgets()
    {
        LoginThrottle throttle({3, 60000, 1000, 4000});
        const QString key = u"ana\n10.0.0.7"_s;
        for (int i = 0; i < 2; ++i)
            throttle.recordFailure(key, 1000 + i);
        QCOMPARE(throttle.lockedFor(key, 1002), 0);
        QCOMPARE(throttle.recordFailure(key, 1002), 1000);
        QCOMPARE(throttle.lockedFor(key, 1002), 1000);
        QCOMPARE(throttle.lockedFor(key, 2002), 0);
        // The next lockout is twice as long, up to the maximum.
        for (int i = 0; i < 3; ++i)
            throttle.recordFailure(key, 3000);
        QCOMPARE(throttle.lockedFor(key, 3000), 2000);
        for (int round = 0; round < 3; ++round)
            for (int i = 0; i < 3; ++i)
                throttle.recordFailure(key, 10000);
        QCOMPARE(throttle.lockedFor(key, 10000), 4000);
        // Failures older than the window do not add up.
        LoginThrottle slow({3, 1000, 1000, 4000});
        slow.recordFailure(key, 0);
        slow.recordFailure(key, 500);
        slow.recordFailure(key, 1600);
        QCOMPARE(slow.lockedFor(key, 1600), 0);
        // A success forgets the key; pruning forgets keys with nothing left to remember.
        throttle.recordSuccess(key);
        QCOMPARE(throttle.lockedFor(key, 10000), 0);
        slow.prune(1'000'000);
        QCOMPARE(slow.lockedFor(key, 1'000'000), 0);
    }

    void passwordGuessingIsSlowedAndAudited()
    {
        TestHub hub(TestHub::Configure([](HubOptions &o) {
            o.loginPerUser = {3, 60000, 1500, 60000};
            o.loginPerAddress = {5, 60000, 1500, 60000};
        }));
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        QVERIFY(hub.addUser(u"bo"_s, kPassword));
        Logins logins(hub);
        QCOMPARE(logins.login(u"ana"_s, kPassword).status, 200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(logins.login(u"ana"_s, u"guess %1"_s.arg(i)).status, 401);
        // Locked out, even with the right password, with the time to wait.
        const HttpAnswer locked = logins.login(u"ANA"_s, kPassword); // names fold
        QCOMPARE(locked.status, 429);
        // What is left of the 1.5 s lockout, rounded up (less on a slow, sanitized build).
        const int retryAfter = locked.header("Retry-After").toInt();
        QVERIFY2(retryAfter == 1 || retryAfter == 2, locked.header("Retry-After").constData());
        QVERIFY(locked.body.value("error"_L1)
                    .toString()
                    .contains(u"try again in %1 s"_s.arg(retryAfter)));
        // Bo, from the same address, is not locked out — until the address is.
        QCOMPARE(logins.login(u"bo"_s, u"wrong"_s).status, 401);
        QCOMPARE(logins.login(u"bo"_s, kPassword).status, 200);
        QCOMPARE(logins.login(u"carol"_s, u"nobody"_s).status, 401);
        QCOMPARE(logins.login(u"bo"_s, kPassword).status, 429); // 5 failures from here
        QCOMPARE(logins.auditCount(u"login.refused"_s), 5);
        QCOMPARE(logins.auditCount(u"login.locked"_s), 2); // Ana from here; then here
        // The lockout ends.
        QTest::qWait(1600);
        QCOMPARE(logins.login(u"ana"_s, kPassword).status, 200);
    }

    void behindAProxyTheAddressIsTheOneTheProxySaw()
    {
        TestHub hub(TestHub::Configure([](HubOptions &o) {
            o.behindProxy = true;
            o.loginPerUser = {3, 60000, 5000, 60000};
        }));
        QVERIFY(hub.ok() && hub.addUser(u"ana"_s, kPassword));
        Logins logins(hub);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(logins.login(u"ana"_s, u"guess"_s, "10.0.0.1").status, 401);
        QCOMPARE(logins.login(u"ana"_s, kPassword, "10.0.0.1").status, 429);
        // A forged first entry does not move the guesser elsewhere: the proxy's is last.
        QCOMPARE(logins.login(u"ana"_s, kPassword, "192.0.2.9, 10.0.0.1").status, 429);
        // Ana at another address is not locked out by the guesser.
        QCOMPARE(logins.login(u"ana"_s, kPassword, "10.0.0.2").status, 200);
    }

    void aLoginEndsUnlessRefreshedAndEndsItsWebSocket()
    {
        TestHub hub(TestHub::Configure([](HubOptions &o) { o.bearerLifetimeSeconds = 1; }));
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        Logins logins(hub);
        const HttpAnswer login = logins.login(u"ana"_s, kPassword);
        QCOMPARE(login.status, 200);
        QCOMPARE(login.body.value("config"_L1).toObject().value("sessionTTL"_L1).toString(),
                 u"1"_s);
        const QByteArray bearer = login.body.value("bearer"_L1).toString().toLatin1();

        // A client that never refreshes: after its lifetime, requests are refused and the
        // WebSocket is closed.
        QWebSocket socket;
        socket.open(hub.webSocketUrl(QString::fromLatin1(bearer)));
        QVERIFY(
            spinUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, kWait));
        QVERIFY(
            spinUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, kWait));
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY2(socket.closeReason().contains(u"expired"_s), qPrintable(socket.closeReason()));
        // Refreshing an expired login is refused.
        QCOMPARE(post(logins.network, logins.url(u"refresh"_s), {}, bearer).status, 401);

        // A desk refreshes at half-time and stays online, with requests answered, for several
        // lifetimes.
        auto desk = hub.connect(u"ana"_s, kPassword);
        QVERIFY(spinUntil([&] { return desk->state() == AgentConnection::State::Online; }, kWait));
        QSignalSpy online(desk.get(), &AgentConnection::online);
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(500);
            std::optional<Result<Protocol::Envelope>> clock;
            desk->request(Protocol::Types::GetClock, QJsonObject{}, desk.get(),
                          [&clock](const Result<Protocol::Envelope> &r) { clock = r; });
            QVERIFY(spinUntil([&] { return clock.has_value(); }, kWait));
            QVERIFY2(clock->ok(), qPrintable(clock->error()));
        }
        QCOMPARE(online.count(), 0); // never dropped and reconnected
    }

    void aNewPasswordOrRoleOrRemovalEndsEveryLogin()
    {
        // signet-hub user runs as another process on the hub's database: the hub notices at its
        // next sweep (every 5 s with 20 s logins) and closes the sockets.
        TestHub hub(TestHub::Configure([](HubOptions &o) { o.bearerLifetimeSeconds = 20; }));
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"sam"_s, kPassword, u"supervisor"_s));
        QVERIFY(hub.addUser(u"bo"_s, kPassword));
        Logins logins(hub);
        const QByteArray samBearer =
            logins.login(u"sam"_s, kPassword).body.value("bearer"_L1).toString().toLatin1();
        const QByteArray boBearer =
            logins.login(u"bo"_s, kPassword).body.value("bearer"_L1).toString().toLatin1();
        QWebSocket sam, bo;
        sam.open(hub.webSocketUrl(QString::fromLatin1(samBearer)));
        bo.open(hub.webSocketUrl(QString::fromLatin1(boBearer)));
        QVERIFY(spinUntil(
            [&] {
                return sam.state() == QAbstractSocket::ConnectedState &&
                       bo.state() == QAbstractSocket::ConnectedState;
            },
            kWait));

        // Sam is demoted with a new password: the supervisor's login ends, socket and bearer.
        const QString newPassword = u"a brand new passphrase"_s;
        FILE *in = tmpfile();
        fputs((newPassword + u'\n').toUtf8().constData(), in);
        rewind(in);
        QCOMPARE(runHubCommandLine({u"signet-hub"_s, u"user"_s, u"add"_s, u"sam"_s, u"--role"_s,
                                    u"agent"_s, u"--db"_s, hub.databasePath()},
                                   in),
                 0);
        fclose(in);
        QVERIFY(spinUntil([&] { return sam.state() == QAbstractSocket::UnconnectedState; }, 20000));
        QCOMPARE(sam.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(post(logins.network, logins.url(u"refresh"_s), {}, samBearer).status, 401);
        QWebSocket again;
        again.open(hub.webSocketUrl(QString::fromLatin1(samBearer)));
        QVERIFY(
            spinUntil([&] { return again.state() == QAbstractSocket::UnconnectedState; }, kWait));
        // The old password no longer logs in; the new one does, as an agent.
        QCOMPARE(logins.login(u"sam"_s, kPassword).status, 401);
        const HttpAnswer relogin = logins.login(u"sam"_s, newPassword);
        QCOMPARE(relogin.status, 200);
        QVERIFY(bo.state() == QAbstractSocket::ConnectedState); // nobody else's login ended

        // Bo is removed: his socket closes and he cannot log in again.
        QCOMPARE(runHubCommandLine({u"signet-hub"_s, u"user"_s, u"remove"_s, u"bo"_s, u"--db"_s,
                                    hub.databasePath()},
                                   nullptr),
                 0);
        QVERIFY(spinUntil([&] { return bo.state() == QAbstractSocket::UnconnectedState; }, 20000));
        QCOMPARE(logins.login(u"bo"_s, kPassword).status, 401);
        // Audited, with how many logins each change ended.
        AuditFilter users;
        users.actionPrefix = u"user."_s;
        const QList<AuditEntry> audited = hub.hub().store().audit(users);
        QCOMPARE(audited.size(), 2);
        QCOMPARE(audited.first().action, u"user.changed"_s);
        QCOMPARE(audited.first().details.value("previousRole"_L1).toString(), u"supervisor"_s);
        QCOMPARE(audited.first().details.value("loginsEnded"_L1).toInt(), 1);
        QCOMPARE(audited.last().action, u"user.removed"_s);
    }

    void aLoginMustBeJson()
    {
        // A cross-site form can post text/plain without the browser asking anyone: refused.
        TestHub hub;
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        Logins logins(hub);
        for (const QByteArray &type :
             {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"),
              QByteArray()}) {
            QNetworkRequest r(logins.url(u"login"_s));
            if (!type.isEmpty())
                r.setRawHeader("Content-Type", type);
            QNetworkReply *reply = logins.network.post(
                r, QJsonDocument(QJsonObject{{"username"_L1, "ana"_L1}, {"password"_L1, kPassword}})
                       .toJson());
            QVERIFY(spinUntil([reply] { return reply->isFinished(); }, kWait));
            reply->deleteLater();
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 415);
        }
        QCOMPARE(logins.login(u"ana"_s, kPassword).status, 200); // application/json
    }

    void loggingOutClosesTheWebSocketAtOnce()
    {
        TestHub hub;
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        Logins logins(hub);
        const QByteArray bearer =
            logins.login(u"ana"_s, kPassword).body.value("bearer"_L1).toString().toLatin1();
        QWebSocket socket;
        socket.open(hub.webSocketUrl(QString::fromLatin1(bearer)));
        QVERIFY(
            spinUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, kWait));
        QCOMPARE(post(logins.network, logins.url(u"logout"_s), {}, bearer).status, 200);
        QVERIFY(
            spinUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, kWait));
        QVERIFY2(socket.closeReason().contains(u"expired"_s), qPrintable(socket.closeReason()));
    }
};

QTEST_GUILESS_MAIN(LoginTest)
#include "LoginTest.moc"
