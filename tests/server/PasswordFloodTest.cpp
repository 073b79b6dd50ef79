// Password checks do not stall the hub: agents' logins and customers' sign-ins are hashed on
// worker threads, a bounded number at once, and beyond the bounds refused at once with 429. A
// desk's round trip is answered while a flood of passwords is still being hashed; a password
// changed while one is checked does not log in; a guess whose client left still counts.
#include "Await.h"
#include "RawClient.h"
#include "TestHub.h"
#include "http/PasswordChecks.h"
#include "oauth/OAuthProvider.h"
#include "protocol/MessageTypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <vector>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 20000;

// One HTTP request on its own connection, written by hand: a flood is many connections at once,
// which QNetworkAccessManager would queue six at a time.
class RawHttp
{
public:
    RawHttp(quint16 port, const QByteArray &method, const QByteArray &target,
            const QByteArray &contentType, const QByteArray &body,
            const QByteArray &extraHeaders = {})
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead,
                         [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " +
                       contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                       "\r\n" + extraHeaders + "\r\n" + body);
    }
    ~RawHttp() { QObject::disconnect(&m_socket, nullptr, nullptr, nullptr); }

    bool answered() const { return m_received.contains("\r\n\r\n"); }
    int status() const
    {
        const QList<QByteArray> line = m_received.left(m_received.indexOf("\r\n")).split(' ');
        return line.size() >= 2 ? line.at(1).toInt() : 0;
    }
    QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = m_received.left(m_received.indexOf("\r\n\r\n")).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QByteArray body() const { return m_received.mid(m_received.indexOf("\r\n\r\n") + 4); }
    void leave() { m_socket.abort(); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

std::unique_ptr<RawHttp> agentLogin(TestHub &hub, const QString &user, const QString &password)
{
    return std::make_unique<RawHttp>(
        hub.hub().port(), "POST", "/api/account/signet/login?v=1.3", "application/json",
        QJsonDocument(QJsonObject{{"username"_L1, user}, {"password"_L1, password}})
            .toJson(QJsonDocument::Compact));
}

// Opens the built-in provider's login page as a customer's browser would; its transaction id.
QString openSignIn(TestHub &hub, QNetworkAccessManager &network)
{
    const OAuthClient &apple = hub.hub().oauthClient(OAuthClient::Endpoint::Legacy);
    QUrl url(hub.hub().baseUrl() + u"/oauth/authorize"_s);
    QUrlQuery q;
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"client_id"_s, apple.id);
    q.addQueryItem(u"redirect_uri"_s,
                   QString::fromLatin1(QUrl::toPercentEncoding(apple.redirectUri)));
    q.addQueryItem(u"state"_s, u"st-1"_s);
    q.addQueryItem(u"code_challenge"_s, OAuthProvider::codeChallengeFor(u"v"_s.repeated(43)));
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    url.setQuery(q);
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    if (!spinUntil([reply] { return reply->isFinished(); }, kWait))
        return {};
    reply->deleteLater();
    static const QRegularExpression txn(u"name=\"txn\" value=\"([^\"]+)\""_s);
    return txn.match(QString::fromUtf8(reply->readAll())).captured(1);
}

std::unique_ptr<RawHttp> customerSubmit(TestHub &hub, const QString &txn, const QString &user,
                                        const QString &password)
{
    QUrlQuery form;
    for (const auto &[name, value] : {std::pair{u"txn"_s, txn},
                                      {u"username"_s, user},
                                      {u"password"_s, password},
                                      {u"action"_s, u"signin"_s}})
        form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return std::make_unique<RawHttp>(hub.hub().port(), "POST", "/oauth/authorize",
                                     "application/x-www-form-urlencoded",
                                     form.query(QUrl::FullyEncoded).toLatin1());
}

int auditCount(TestHub &hub, const QString &action)
{
    AuditFilter filter;
    filter.actionPrefix = action;
    return static_cast<int>(hub.hub().store().audit(filter).size());
}

int answeredCount(const std::vector<std::unique_ptr<RawHttp>> &requests)
{
    return static_cast<int>(std::count_if(requests.begin(), requests.end(),
                                          [](const auto &r) { return r->answered(); }));
}
} // namespace

class PasswordFloodTest : public QObject
{
    Q_OBJECT
private slots:
    void aDeskIsServedWhileAFloodOfPasswordsIsHashed()
    {
        TestHub hub(TestHub::Configure([](HubOptions &o) {
            o.passwordChecks = {1, 40, 40};
            o.loginPerAddress = {1000, 60000, 1000, 1000}; // the flood is not locked out here
            o.loginPerUser = {1000, 60000, 1000, 1000};
        }));
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        (void)hub.hub().store().upsertCustomerAccount(
            {u"c-1001"_s, u"maya@example.com"_s, {}, u"Maya Chen"_s, u"maya@example.com"_s, {}},
            u"maya-demo-pass"_s);
        RawClient desk(hub, u"ana"_s);
        QVERIFY(desk.connected());
        QNetworkAccessManager network;
        std::vector<std::unique_ptr<RawHttp>> flood;
        for (int i = 0; i < 4; ++i) {
            const QString txn = openSignIn(hub, network);
            QVERIFY(!txn.isEmpty());
            flood.push_back(customerSubmit(hub, txn, u"maya@example.com"_s, u"guess %1"_s.arg(i)));
        }
        for (int i = 0; i < 16; ++i)
            flood.push_back(agentLogin(hub, u"ana"_s, u"guess %1"_s.arg(i)));
        // Every guess is taken and waits for its hash (one at a time here: ~0.3 s each).
        QVERIFY(spinUntil([&] { return hub.hub().passwordChecks().pending() == 20; }, kWait));
        // The desk's round trip is answered while most of them still wait: on the event loop,
        // it would have waited for all twenty.
        QCOMPARE(desk.request(Protocol::Types::GetClock, QJsonObject{}).code, 200);
        QVERIFY2(hub.hub().passwordChecks().pending() > 10,
                 qPrintable(u"%1 still hashing"_s.arg(hub.hub().passwordChecks().pending())));
        QVERIFY(answeredCount(flood) < 10);
        // And every guess gets its answer in the end, with the headers every answer carries.
        QVERIFY(spinUntil([&] { return answeredCount(flood) == 20; }, 60000));
        for (const auto &r : flood) {
            QCOMPARE(r->status(), 401);
            QCOMPARE(r->header("X-Frame-Options"), QByteArray("DENY"));
            QVERIFY(r->header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            QCOMPARE(r->header("Cache-Control"), QByteArray("no-store"));
        }
        QCOMPARE(auditCount(hub, u"login.refused"_s), 16);
    }

    void beyondItsBoundsAPasswordIsRefusedAtOnce()
    {
        TestHub hub(TestHub::Configure([](HubOptions &o) { o.passwordChecks = {1, 3, 2}; }));
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        std::vector<std::unique_ptr<RawHttp>> logins;
        for (int i = 0; i < 3; ++i)
            logins.push_back(agentLogin(hub, u"ana"_s, u"guess %1"_s.arg(i)));
        // Two from one address wait; the third is refused at once, and says when to come back.
        QVERIFY(spinUntil([&] { return logins[2]->answered(); }, kWait));
        QCOMPARE(logins[2]->status(), 429);
        QCOMPARE(logins[2]->header("Retry-After"), QByteArray("1"));
        QCOMPARE(logins[2]->header("X-Frame-Options"), QByteArray("DENY"));
        QVERIFY(QJsonDocument::fromJson(logins[2]->body())
                    .object()
                    .value("error"_L1)
                    .toString()
                    .contains(u"too many sign-ins at once"_s));
        QCOMPARE(hub.hub().passwordChecks().pending(), 2);
        QVERIFY(!logins[0]->answered() || !logins[1]->answered());
        // A customer's sign-in from the same address is over the bound as well: its page says so.
        QNetworkAccessManager network;
        const QString txn = openSignIn(hub, network);
        QVERIFY(!txn.isEmpty());
        const auto customer = customerSubmit(hub, txn, u"maya@example.com"_s, u"guess"_s);
        QVERIFY(spinUntil([&] { return customer->answered(); }, kWait));
        QCOMPARE(customer->status(), 429);
        QVERIFY(customer->body().contains("Too many sign-ins at once"));
        // Once the checks end, there is room again; the refused ones were never hashed.
        QVERIFY(spinUntil([&] { return answeredCount(logins) == 3; }, kWait));
        QCOMPARE(auditCount(hub, u"login.refused"_s), 2);
        const auto again = agentLogin(hub, u"ana"_s, kPassword);
        QVERIFY(spinUntil([&] { return again->answered(); }, kWait));
        QCOMPARE(again->status(), 200);
    }

    void oneSignInChecksOnePasswordAtATime()
    {
        TestHub hub;
        QVERIFY(hub.ok());
        QNetworkAccessManager network;
        const QString txn = openSignIn(hub, network);
        QVERIFY(!txn.isEmpty());
        const auto first = customerSubmit(hub, txn, u"maya@example.com"_s, u"guess 1"_s);
        QVERIFY(spinUntil([&] { return hub.hub().passwordChecks().pending() == 1; }, kWait));
        const auto second = customerSubmit(hub, txn, u"maya@example.com"_s, u"guess 2"_s);
        QVERIFY(spinUntil([&] { return second->answered(); }, kWait));
        QCOMPARE(second->status(), 429);
        QVERIFY(second->body().contains("still being checked"));
        QVERIFY(spinUntil([&] { return first->answered(); }, kWait));
        QCOMPARE(first->status(), 401);
    }

    void aPasswordChangedWhileBeingCheckedDoesNotLogIn()
    {
        TestHub hub;
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        const auto login = agentLogin(hub, u"ana"_s, kPassword);
        QVERIFY(spinUntil([&] { return hub.hub().passwordChecks().pending() == 1; }, kWait));
        // The answer is made on the event loop, after this: it sees the new password.
        QVERIFY(hub.addUser(u"ana"_s, u"a new password"_s));
        QVERIFY(spinUntil([&] { return login->answered(); }, kWait));
        QCOMPARE(login->status(), 401);

        CustomerAccount maya{u"c-1001"_s,    u"maya@example.com"_s, {},
                             u"Maya Chen"_s, u"maya@example.com"_s, {}};
        QVERIFY(hub.hub().store().upsertCustomerAccount(maya, u"maya-demo-pass"_s).ok());
        QNetworkAccessManager network;
        const QString txn = openSignIn(hub, network);
        const auto customer = customerSubmit(hub, txn, u"maya@example.com"_s, u"maya-demo-pass"_s);
        QVERIFY(spinUntil([&] { return hub.hub().passwordChecks().pending() == 1; }, kWait));
        QVERIFY(hub.hub().store().upsertCustomerAccount(maya, u"another password"_s).ok());
        QVERIFY(spinUntil([&] { return customer->answered(); }, kWait));
        QCOMPARE(customer->status(), 401);
        // The right password of now still signs in.
        const auto now = customerSubmit(hub, txn, u"maya@example.com"_s, u"another password"_s);
        QVERIFY(spinUntil([&] { return now->answered(); }, kWait));
        QCOMPARE(now->status(), 302);
    }

    void aGuessWhoseClientLeftStillCounts()
    {
        TestHub hub(TestHub::Configure([](HubOptions &o) {
            o.loginPerUser = {2, 60000, 60000, 60000};
        }));
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        for (int i = 0; i < 2; ++i) {
            const auto guess = agentLogin(hub, u"ana"_s, u"guess %1"_s.arg(i));
            QVERIFY(spinUntil([&] { return hub.hub().passwordChecks().pending() == 1; }, kWait));
            guess->leave();
            QVERIFY(spinUntil([&] { return hub.hub().passwordChecks().pending() == 0; }, kWait));
        }
        QCOMPARE(auditCount(hub, u"login.refused"_s), 2);
        QCOMPARE(auditCount(hub, u"login.locked"_s), 1);
        const auto right = agentLogin(hub, u"ana"_s, kPassword);
        QVERIFY(spinUntil([&] { return right->answered(); }, kWait));
        QCOMPARE(right->status(), 429);
    }
};

QTEST_GUILESS_MAIN(PasswordFloodTest)
#include "PasswordFloodTest.moc"
