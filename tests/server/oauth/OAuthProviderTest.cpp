// The reference identity provider over real HTTP on 127.0.0.1: the login page and its attempt
// limit, PKCE, state, single-use short-lived codes, client secrets, both token endpoints live at
// once, userinfo and introspection.
#include "oauth/OAuthProvider.h"
#include "TestHub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;
using Endpoint = OAuthClient::Endpoint;

namespace {
const QString kVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXkdBjftJeZ4CVP"_s;

struct Http
{
    int status = 0;
    QByteArray body;
    QUrl location;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

Http send(QNetworkAccessManager &network, const QNetworkRequest &request, const QByteArray &verb,
          const QByteArray &body = {})
{
    QNetworkRequest r = request;
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.sendCustomRequest(r, verb, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        return {};
    Http out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
             QUrl::fromEncoded(reply->rawHeader("Location"))};
    reply->deleteLater();
    return out;
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery q;
    for (const auto &f : fields)
        q.addQueryItem(f.first, QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
    return q.query(QUrl::FullyEncoded).toLatin1();
}

QString field(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

class Provider
{
public:
    TestHub hub;
    QNetworkAccessManager network;

    Provider()
    {
        CustomerAccount maya{
            u"c-1001"_s,    u"maya@example.com"_s, {},
            u"Maya Chen"_s, u"maya@example.com"_s, QJsonObject{{"membership_tier"_L1, "gold"_L1}}};
        (void)hub.hub().store().upsertCustomerAccount(maya, u"maya-demo-pass"_s);
    }
    QString base() const { return const_cast<TestHub &>(hub).hub().baseUrl(); }
    const OAuthClient &client(Endpoint e) { return hub.hub().oauthClient(e); }

    Http authorize(Endpoint e, const QString &state = u"st-1"_s, const QString &challenge = {})
    {
        QUrl url(base() + u"/oauth/authorize"_s);
        QUrlQuery q;
        q.addQueryItem(u"response_type"_s, u"code"_s);
        q.addQueryItem(u"client_id"_s, client(e).id);
        q.addQueryItem(u"redirect_uri"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(client(e).redirectUri)));
        q.addQueryItem(u"state"_s, state);
        q.addQueryItem(u"scope"_s, u"openid%20profile"_s);
        q.addQueryItem(u"code_challenge"_s,
                       challenge.isNull() ? OAuthProvider::codeChallengeFor(kVerifier) : challenge);
        q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        url.setQuery(q);
        return send(network, QNetworkRequest(url), "GET");
    }
    static QString transactionOf(const Http &page)
    {
        const QRegularExpression txn(u"name=\"txn\" value=\"([^\"]+)\""_s);
        return txn.match(QString::fromUtf8(page.body)).captured(1);
    }
    Http submit(const QString &txn, const QString &username, const QString &password,
                const QString &action = u"signin"_s)
    {
        QNetworkRequest r(QUrl(base() + u"/oauth/authorize"_s));
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        return send(network, r, "POST",
                    form({{u"txn"_s, txn},
                          {u"username"_s, username},
                          {u"password"_s, password},
                          {u"action"_s, action}}));
    }
    // Signs in as Maya; gives the redirect carrying code and state.
    QUrl signIn(Endpoint e, const QString &state = u"st-1"_s)
    {
        const Http page = authorize(e, state);
        return submit(transactionOf(page), u"Maya@Example.com"_s, u"maya-demo-pass"_s).location;
    }
    Http exchange(Endpoint path, const OAuthClient &as, const QString &code,
                  const QString &verifier = kVerifier, const QString &secret = {},
                  const QString &redirect = {})
    {
        QNetworkRequest r(
            QUrl(base() + (path == Endpoint::Legacy ? u"/oauth/token"_s : u"/oauth/token16"_s)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        return send(network, r, "POST",
                    form({{u"grant_type"_s, u"authorization_code"_s},
                          {u"code"_s, code},
                          {u"redirect_uri"_s, redirect.isNull() ? as.redirectUri : redirect},
                          {u"client_id"_s, as.id},
                          {u"client_secret"_s, secret.isNull() ? as.secret : secret},
                          {u"code_verifier"_s, verifier}}));
    }
    Http userinfo(const QString &token)
    {
        QNetworkRequest r(QUrl(base() + u"/oauth/userinfo"_s));
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return send(network, r, "GET");
    }
};
} // namespace

class OAuthProviderTest : public QObject
{
    Q_OBJECT
private slots:
    void discoveryNamesBothTokenEndpoints()
    {
        Provider p;
        const QJsonObject d =
            send(p.network,
                 QNetworkRequest(QUrl(p.base() + u"/.well-known/openid-configuration"_s)), "GET")
                .json();
        QCOMPARE(d.value("issuer"_L1).toString(), p.base());
        QCOMPARE(d.value("token_endpoint"_L1).toString(), p.base() + u"/oauth/token"_s);
        QCOMPARE(d.value("signet_ios16_token_endpoint"_L1).toString(),
                 p.base() + u"/oauth/token16"_s);
        QCOMPARE(d.value("code_challenge_methods_supported"_L1).toArray(), QJsonArray{"S256"_L1});
    }

    void bothTokenEndpointsWorkAtTheSameTime()
    {
        Provider p;
        // Two sign-ins in flight at once, one per device generation.
        const QUrl legacy = p.signIn(Endpoint::Legacy, u"legacy-state"_s);
        const QUrl modern = p.signIn(Endpoint::Ios16, u"ios16-state"_s);
        QVERIFY2(legacy.toString().startsWith(u"https://auth.businesschat.apple.com"_s),
                 qPrintable(legacy.toString()));
        QVERIFY(modern.toString().startsWith(p.base() + u"/apple/callback"_s));
        QCOMPARE(field(legacy, u"state"_s), u"legacy-state"_s);
        QCOMPARE(field(modern, u"state"_s), u"ios16-state"_s);

        const Http a =
            p.exchange(Endpoint::Legacy, p.client(Endpoint::Legacy), field(legacy, u"code"_s));
        const Http b =
            p.exchange(Endpoint::Ios16, p.client(Endpoint::Ios16), field(modern, u"code"_s));
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        QCOMPARE(a.json().value("token_type"_L1).toString(), u"Bearer"_s);
        QVERIFY(a.json().value("expires_in"_L1).toInt() > 0);
        for (const Http &t : {a, b}) {
            const QJsonObject claims =
                p.userinfo(t.json().value("access_token"_L1).toString()).json();
            QCOMPARE(claims.value("sub"_L1).toString(), u"c-1001"_s);
            QCOMPARE(claims.value("name"_L1).toString(), u"Maya Chen"_s);
            QCOMPARE(claims.value("membership_tier"_L1).toString(), u"gold"_s);
        }
    }

    void eachClientUsesItsOwnEndpointAndSecret()
    {
        Provider p;
        const QString code = field(p.signIn(Endpoint::Legacy), u"code"_s);
        Http wrongEndpoint = p.exchange(Endpoint::Ios16, p.client(Endpoint::Legacy), code);
        QCOMPARE(wrongEndpoint.json().value("error"_L1).toString(), u"unauthorized_client"_s);
        Http wrongSecret =
            p.exchange(Endpoint::Legacy, p.client(Endpoint::Legacy), code, kVerifier, u"guess"_s);
        QCOMPARE(wrongSecret.status, 401);
        QCOMPARE(wrongSecret.json().value("error"_L1).toString(), u"invalid_client"_s);
        // The code survived both refusals (no exchange happened) and still works once.
        QCOMPARE(p.exchange(Endpoint::Legacy, p.client(Endpoint::Legacy), code).status, 200);
    }

    void pkceRedirectAndReuseAreChecked()
    {
        Provider p;
        const QString code = field(p.signIn(Endpoint::Ios16), u"code"_s);
        QCOMPARE(p.exchange(Endpoint::Ios16, p.client(Endpoint::Ios16), code, kVerifier + u"x"_s)
                     .json()
                     .value("error_description"_L1)
                     .toString(),
                 u"PKCE verification failed."_s);
        QCOMPARE(p.exchange(Endpoint::Ios16, p.client(Endpoint::Ios16), code, kVerifier, {},
                            u"https://evil.example/cb"_s)
                     .json()
                     .value("error"_L1)
                     .toString(),
                 u"invalid_grant"_s);
        const Http first = p.exchange(Endpoint::Ios16, p.client(Endpoint::Ios16), code);
        QCOMPARE(first.status, 200);
        const QString token = first.json().value("access_token"_L1).toString();
        QCOMPARE(p.userinfo(token).status, 200);
        // A reused code is refused and revokes the token it gave.
        const Http again = p.exchange(Endpoint::Ios16, p.client(Endpoint::Ios16), code);
        QVERIFY(again.json().value("error_description"_L1).toString().contains(u"already used"_s));
        QCOMPARE(p.userinfo(token).status, 401);
        // Without PKCE there is no code at all.
        const Http noPkce = p.authorize(Endpoint::Ios16, u"s"_s, u"short"_s);
        QCOMPARE(noPkce.status, 302);
        QCOMPARE(field(noPkce.location, u"error"_s), u"invalid_request"_s);
        QCOMPARE(field(noPkce.location, u"state"_s), u"s"_s);
    }

    void codesAndTokensExpire()
    {
        Provider p;
        QDateTime clock = QDateTime::currentDateTimeUtc();
        p.hub.hub().oauth().setClock([&clock] { return clock; });
        const QString late = field(p.signIn(Endpoint::Legacy), u"code"_s);
        clock = clock.addSecs(61);
        QCOMPARE(p.exchange(Endpoint::Legacy, p.client(Endpoint::Legacy), late)
                     .json()
                     .value("error"_L1)
                     .toString(),
                 u"invalid_grant"_s);
        const QString code = field(p.signIn(Endpoint::Legacy), u"code"_s);
        const QString token = p.exchange(Endpoint::Legacy, p.client(Endpoint::Legacy), code)
                                  .json()
                                  .value("access_token"_L1)
                                  .toString();
        QCOMPARE(p.userinfo(token).status, 200);
        clock = clock.addSecs(3601);
        QCOMPARE(p.userinfo(token).status, 401);
    }

    void theLoginPageLimitsAttemptsAndCanBeCancelled()
    {
        Provider p;
        const Http page = p.authorize(Endpoint::Legacy);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Sign in to Signet Demo Bank"));
        const QString txn = Provider::transactionOf(page);
        QVERIFY(!txn.isEmpty());
        for (int attempt = 1; attempt < 5; ++attempt) {
            const Http wrong = p.submit(txn, u"maya@example.com"_s, u"wrong password"_s);
            QCOMPARE(wrong.status, 401);
            QVERIFY2(wrong.body.contains(QString(u"%1 attempt"_s).arg(5 - attempt).toUtf8()),
                     wrong.body.constData());
        }
        const Http last = p.submit(txn, u"maya@example.com"_s, u"wrong again"_s);
        QCOMPARE(last.status, 302);
        QCOMPARE(field(last.location, u"error"_s), u"access_denied"_s);
        QVERIFY(field(last.location, u"error_description"_s).contains(u"Too many"_s));
        QCOMPARE(field(last.location, u"state"_s), u"st-1"_s);
        // The transaction is over: the right password no longer helps.
        QCOMPARE(p.submit(txn, u"maya@example.com"_s, u"maya-demo-pass"_s).status, 400);

        const Http fresh = p.authorize(Endpoint::Legacy, u"st-2"_s);
        const Http cancelled =
            p.submit(Provider::transactionOf(fresh), QString(), QString(), u"cancel"_s);
        QCOMPARE(field(cancelled.location, u"error"_s), u"access_denied"_s);
        QVERIFY(field(cancelled.location, u"error_description"_s).contains(u"cancelled"_s));
    }

    void guessingIsSlowedAcrossSignInsNotJustWithinOne()
    {
        // A new sign-in is free to start, so the per-sign-in limit alone let anyone go on
        // guessing: wrong passwords count per customer account (from one address) across them.
        Provider p;
        QDateTime clock = QDateTime::currentDateTimeUtc();
        p.hub.hub().oauth().setClock([&clock] { return clock; });
        for (int i = 0; i < 5; ++i) {
            const Http page = p.authorize(Endpoint::Legacy, u"st-%1"_s.arg(i));
            QCOMPARE(
                p.submit(Provider::transactionOf(page), u"maya@example.com"_s, u"guess %1"_s.arg(i))
                    .status,
                401);
        }
        // Locked: even the right password is refused, before it is checked, in a fresh sign-in.
        const Http page = p.authorize(Endpoint::Legacy, u"st-right"_s);
        const QString txn = Provider::transactionOf(page);
        const Http locked = p.submit(txn, u"MAYA@example.com"_s, u"maya-demo-pass"_s);
        QCOMPARE(locked.status, 429);
        QVERIFY2(locked.body.contains("Too many wrong passwords"), locked.body.constData());
        AuditFilter lockouts;
        lockouts.actionPrefix = u"customer.login.locked"_s;
        const QList<AuditEntry> audited = p.hub.hub().store().audit(lockouts);
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited.first().details.value("username"_L1).toString(), u"maya@example.com"_s);
        // After the lockout the same sign-in goes through with the right password.
        clock = clock.addSecs(31);
        const Http ok = p.submit(txn, u"maya@example.com"_s, u"maya-demo-pass"_s);
        QCOMPARE(ok.status, 302);
        QVERIFY(!field(ok.location, u"code"_s).isEmpty());
    }

    void openSignInsAreCappedPerAddressAndExpire()
    {
        // Every visit to the login page is kept until it ends: a few per address, not thousands.
        Provider p;
        QDateTime clock = QDateTime::currentDateTimeUtc();
        p.hub.hub().oauth().setClock([&clock] { return clock; });
        const int cap = p.hub.hub().oauth().options().maxTransactionsPerAddress;
        for (int i = 0; i < cap; ++i)
            QCOMPARE(p.authorize(Endpoint::Legacy, u"st-%1"_s.arg(i)).status, 200);
        const Http refused = p.authorize(Endpoint::Legacy, u"st-more"_s);
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.body.contains("Too many sign-ins"));
        QCOMPARE(p.hub.hub().oauth().openTransactions(), cap);
        // Still full a minute later; after ten minutes the visits have expired, and one that is
        // finished leaves no trace.
        clock = clock.addSecs(60);
        QCOMPARE(p.authorize(Endpoint::Legacy, u"st-more"_s).status, 429);
        clock = clock.addSecs(p.hub.hub().oauth().options().transactionLifetimeSeconds + 1);
        const Http again = p.authorize(Endpoint::Legacy, u"st-later"_s);
        QCOMPARE(again.status, 200);
        QCOMPARE(p.hub.hub().oauth().openTransactions(), 1);
        const QUrl done =
            p.submit(Provider::transactionOf(again), u"maya@example.com"_s, u"maya-demo-pass"_s)
                .location;
        QVERIFY(!field(done, u"code"_s).isEmpty());
        QCOMPARE(p.hub.hub().oauth().openTransactions(), 0);
    }

    void unknownClientsAndRedirectsNeverRedirect()
    {
        Provider p;
        QUrl url(
            p.base() +
            u"/oauth/authorize?response_type=code&client_id=evil&redirect_uri=https%3A%2F%2Fevil.example&state=x"_s);
        const Http refused = send(p.network, QNetworkRequest(url), "GET");
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.location.isEmpty());
        // Values on the page are escaped.
        const Http page = p.authorize(Endpoint::Legacy, u"<script>alert(1)</script>"_s);
        QVERIFY(!page.body.contains("<script>alert"));
    }

    void introspectionNeedsAClientAndReportsExpiry()
    {
        Provider p;
        const QString code = field(p.signIn(Endpoint::Ios16), u"code"_s);
        const QString token = p.exchange(Endpoint::Ios16, p.client(Endpoint::Ios16), code)
                                  .json()
                                  .value("access_token"_L1)
                                  .toString();
        QNetworkRequest r(QUrl(p.base() + u"/oauth/introspect"_s));
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        const OAuthClient &c = p.client(Endpoint::Ios16);
        r.setRawHeader("Authorization",
                       "Basic " +
                           QByteArray(c.id.toLatin1() + ':' + c.secret.toLatin1()).toBase64());
        const QJsonObject active = send(p.network, r, "POST", form({{u"token"_s, token}})).json();
        QCOMPARE(active.value("active"_L1).toBool(), true);
        QCOMPARE(active.value("sub"_L1).toString(), u"c-1001"_s);
        QVERIFY(active.value("exp"_L1).toInteger() > QDateTime::currentSecsSinceEpoch());
        QCOMPARE(send(p.network, r, "POST", form({{u"token"_s, u"nope"_s}}))
                     .json()
                     .value("active"_L1)
                     .toBool(),
                 false);
        QNetworkRequest anonymous(QUrl(p.base() + u"/oauth/introspect"_s));
        anonymous.setHeader(QNetworkRequest::ContentTypeHeader,
                            u"application/x-www-form-urlencoded"_s);
        QCOMPARE(send(p.network, anonymous, "POST", form({{u"token"_s, token}})).status, 401);
    }
};

QTEST_GUILESS_MAIN(OAuthProviderTest)
#include "OAuthProviderTest.moc"
