// signet-hub signing customers in with the brand's own identity provider, found by its discovery
// document: the configuration file and its checks; both device generations end to end against a
// second hub's provider standing in for the brand (its two token endpoints live at once); a wrong
// client secret; discovery documents that must be refused; and a provider that comes up late.
#include "oauth/BrandProvider.h"
#include "SignInWorld.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;
using State = Auth::AuthTracker::State;
using Endpoint = OAuthClient::Endpoint;
using AuthMethod = BrandProviderConfig::AuthMethod;

namespace {
constexpr int kWait = SignInWorld::kWait;

Result<BrandProviderConfig> loadText(const QByteArray &text,
                                     QFileDevice::Permissions permissions = QFileDevice::ReadOwner |
                                                                            QFileDevice::WriteOwner)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"brand.ini"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return fail(u"could not write the test file"_s);
    file.close();
    file.setPermissions(permissions);
    return BrandProviderConfig::load(path);
}

// A desk and its hub (w.hub) that sign customers in at another hub's built-in provider, which
// plays the brand's: it knows Maya and has registered this hub's return addresses.
struct BrandWorld
{
    TestHub brand;
    SignInWorld w;

    BrandWorld()
    {
        Hub::CustomerAccount maya{u"acme-1001"_s,
                                  u"maya@example.com"_s,
                                  {},
                                  u"Maya Chen"_s,
                                  u"maya@example.com"_s,
                                  QJsonObject{{"membership_tier"_L1, "platinum"_L1}}};
        (void)brand.hub().store().upsertCustomerAccount(maya, u"maya-demo-pass"_s);
        const QString hub = w.hub.hub().baseUrl();
        brand.hub().oauth().setIos16RedirectUri(hub + u"/apple/callback"_s);
        brand.hub().oauth().addLegacyRedirectUri(hub + u"/apple/legacy-return"_s);
        w.bindResponses(SignInWorld::providerOf(brand.hub()));
    }

    BrandProviderConfig config()
    {
        BrandProviderConfig c;
        c.discovery = QUrl(brand.hub().baseUrl() + u"/.well-known/openid-configuration"_s);
        const OAuthClient &ios16 = brand.hub().oauthClient(Endpoint::Ios16);
        const OAuthClient &legacy = brand.hub().oauthClient(Endpoint::Legacy);
        c.ios16 = {ios16.id, ios16.secret, {}, AuthMethod::ClientSecretBasic};
        c.legacy = {legacy.id, legacy.secret, {}, AuthMethod::ClientSecretPost};
        return c;
    }

    bool useBrand(const BrandProviderConfig &c)
    {
        w.hub.hub().setBrandProvider(c);
        return spinUntil([&] { return w.hub.hub().brandProvider()->isReady(); }, kWait);
    }
};

// A provider whose discovery document the test writes.
struct FakeDiscovery
{
    QHttpServer http;
    quint16 port = 0;
    QJsonObject document;
    QByteArray rawBody; // served instead of the document when set
    QUrl redirectTo;

    explicit FakeDiscovery(quint16 onPort = 0)
    {
        http.route(u"/.well-known/openid-configuration"_s, [this] {
            if (redirectTo.isValid()) {
                QHttpServerResponse moved(QHttpServerResponse::StatusCode::Found);
                moved.setHeader("Location", redirectTo.toEncoded());
                return moved;
            }
            if (!rawBody.isEmpty())
                return QHttpServerResponse("text/html", rawBody);
            return QHttpServerResponse(document);
        });
        port = http.listen(QHostAddress::LocalHost, onPort);
    }
    QString base() const { return u"http://127.0.0.1:%1"_s.arg(port); }
    QUrl url() const { return QUrl(base() + u"/.well-known/openid-configuration"_s); }
    QJsonObject validDocument() const
    {
        return {{"issuer"_L1, base()},
                {"authorization_endpoint"_L1, QString(base() + u"/auth"_s)},
                {"token_endpoint"_L1, QString(base() + u"/token"_s)}};
    }
};

BrandProviderConfig configFor(const QUrl &discovery)
{
    BrandProviderConfig c;
    c.discovery = discovery;
    c.ios16 = {u"signet-messaging"_s, u"s3cret"_s, {}, AuthMethod::ClientSecretBasic};
    return c;
}
} // namespace

class BrandProviderTest : public QObject
{
    Q_OBJECT
private slots:
    void aGoodFileIsReadExactly()
    {
        Result<BrandProviderConfig> c =
            loadText("# Acme's provider\n"
                     "[provider]\n"
                     "discovery = https://login.acme.example/.well-known/openid-configuration\n"
                     "scope = openid email\n"
                     "\n"
                     "[ios16]\n"
                     "client_id = signet-messaging\n"
                     "; secrets are taken as written: commas, semicolons, = and quotes too\n"
                     "client_secret = a,b;c=d \"e\"\n"
                     "token_endpoint = https://login.acme.example/oauth/token16\n"
                     "[legacy]\n"
                     "client_id = apple-business-chat\n"
                     "client_secret = apple-secret\n");
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c->discovery.host(), u"login.acme.example"_s);
        QCOMPARE(c->scope, u"openid email"_s);
        QCOMPARE(c->ios16.id, u"signet-messaging"_s);
        QCOMPARE(c->ios16.secret, u"a,b;c=d \"e\""_s);
        QCOMPARE(c->ios16.tokenEndpoint.path(), u"/oauth/token16"_s);
        QCOMPARE(c->ios16.authMethod, AuthMethod::ClientSecretBasic);
        QCOMPARE(c->legacy.secret, u"apple-secret"_s);
        // Apple posts its secret in the form.
        QCOMPARE(c->legacy.authMethod, AuthMethod::ClientSecretPost);
    }

    void badFilesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray head =
            "[provider]\ndiscovery = https://idp.example/.well-known/openid-configuration\n";
        const QByteArray ios16 = "[ios16]\nclient_id = m\nclient_secret = s\n";
        QTest::newRow("typo") << QByteArray(head + "[ios16]\nclient_id = m\nclient_secert = s\n")
                              << u"line 5: unknown key \"client_secert\""_s;
        QTest::newRow("unknown section") << QByteArray(head + "[ios17]\n") << u"[ios17]"_s;
        QTest::newRow("no section") << QByteArray("discovery = x\n") << u"before any [section]"_s;
        QTest::newRow("not key=value")
            << QByteArray(head + "[ios16]\nclient_id\n") << u"expected key = value"_s;
        QTest::newRow("twice") << QByteArray(head + ios16 + "client_id = n\n")
                               << u"client_id is set twice"_s;
        QTest::newRow("no discovery") << QByteArray(ios16) << u"discovery is missing"_s;
        QTest::newRow("plain http elsewhere")
            << QByteArray("[provider]\ndiscovery = http://idp.example/.well-known/"
                          "openid-configuration\n" +
                          ios16)
            << u"must be an https:// URL"_s;
        QTest::newRow("no clients") << head << u"Neither an [ios16] nor a [legacy] client"_s;
        QTest::newRow("no secret") << QByteArray(head + "[legacy]\nclient_id = apple\n")
                                   << u"[legacy] client_secret is missing"_s;
        QTest::newRow("bad method") << QByteArray(head + ios16 + "auth_method = private_key_jwt\n")
                                    << u"not \"private_key_jwt\""_s;
        QTest::newRow("http token endpoint")
            << QByteArray(head + ios16 + "token_endpoint = http://idp.example/token\n")
            << u"token_endpoint must be https://"_s;
    }
    void badFilesAreRefusedWithTheReason()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        Result<BrandProviderConfig> c = loadText(text);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().contains(expected), qPrintable(c.error()));
    }

    void aFileOthersCanReadIsRefused()
    {
        Result<BrandProviderConfig> c =
            loadText("[provider]\ndiscovery = https://idp.example/.well-known/"
                     "openid-configuration\n[ios16]\nclient_id = m\nclient_secret = s\n",
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().contains(u"chmod 600"_s), qPrintable(c.error()));
        QVERIFY(!BrandProviderConfig::load(u"/nonexistent/brand.ini"_s).ok());
    }

    void bothGenerationsSignInAtTheBrandsProvider_data()
    {
        QTest::addColumn<QString>("osVersion");
        QTest::addColumn<QString>("clientId");
        QTest::newRow("ios17") << u"17.4"_s << u"signet-messaging"_s;
        QTest::newRow("ios15") << u"15.7"_s << u"apple-business-chat"_s;
    }
    void bothGenerationsSignInAtTheBrandsProvider()
    {
        QFETCH(QString, osVersion);
        QFETCH(QString, clientId);
        BrandWorld b;
        QVERIFY(b.useBrand(b.config()));
        QCOMPARE(b.w.hub.hub().brandProvider()->issuer(), b.brand.hub().baseUrl());
        QVERIFY(b.w.online());
        const QString convId = b.w.acceptedConversation(osVersion, u"c-"_s + osVersion);
        const QString requestId = b.w.request(convId);
        QVERIFY(!requestId.isEmpty());

        Result<QUrl> start = b.w.hub.hub().appleSignIn().startSignIn(requestId);
        QVERIFY2(start.ok(), qPrintable(start.error()));
        // The customer signs in at the brand's page, as the right client.
        QCOMPARE(start->port(), b.brand.hub().port());
        QCOMPARE(QUrlQuery(start.value()).queryItemValue(u"client_id"_s), clientId);
        // The brand's provider refuses a client at the other generation's token endpoint, so a
        // success shows that each exchange went to its own endpoint.
        QVERIFY(b.w.customerSignsIn(requestId, {u"maya-demo-pass"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(b.w.tracker.request(requestId)->state, State::Succeeded, kWait);
        const Auth::VerifiedIdentity identity = b.w.tracker.request(requestId)->identity;
        QCOMPARE(identity.subject, u"acme-1001"_s);
        QCOMPARE(identity.name, u"Maya Chen"_s);
        QCOMPARE(identity.issuer, b.brand.hub().baseUrl());
        QCOMPARE(identity.claims.value("membership_tier"_L1).toString(), u"platinum"_s);
        QVERIFY(identity.expiresAt > QDateTime::currentDateTimeUtc());
    }

    void aWrongClientSecretIsAnsweredAsAFailure()
    {
        BrandWorld b;
        BrandProviderConfig config = b.config();
        config.ios16.secret = u"not-the-secret"_s;
        QVERIFY(b.useBrand(config));
        QVERIFY(b.w.online());
        const QString convId = b.w.acceptedConversation(u"17.4"_s, u"c-17"_s);
        const QString requestId = b.w.request(convId);
        QVERIFY(b.w.customerSignsIn(requestId, {u"maya-demo-pass"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(b.w.tracker.request(requestId)->state, State::Failed, kWait);
        const QJsonObject response = b.w.responseIn(convId);
        QCOMPARE(response.value("status"_L1).toBool(true), false);
        const QString message =
            response.value("errors"_L1).toArray().first().toObject().value("message"_L1).toString();
        QVERIFY2(message.contains(u"refused the code"_s), qPrintable(message));
    }

    void anAnswerFromAnotherIssuerIsRefused()
    {
        BrandWorld b;
        QVERIFY(b.useBrand(b.config()));
        QVERIFY(b.w.online());
        const QString convId = b.w.acceptedConversation(u"17.4"_s, u"c-17"_s);
        const QString requestId = b.w.request(convId);
        Result<QUrl> start = b.w.hub.hub().appleSignIn().startSignIn(requestId);
        QVERIFY(start.ok());
        const SignInWorld::Reply redirect = b.w.signInAs(start.value(), {u"maya-demo-pass"_s});
        QCOMPARE(redirect.status, 302);
        // RFC 9207 mix-up: the answer names a provider other than the brand's.
        QUrl mixedUp = redirect.location;
        QUrlQuery query(mixedUp);
        query.addQueryItem(u"iss"_s, u"https://evil.example"_s);
        mixedUp.setQuery(query);
        const SignInWorld::Reply page = b.w.fetch(mixedUp);
        QVERIFY(page.body.contains("Sign-in did not complete"));
        QTRY_COMPARE_WITH_TIMEOUT(b.w.tracker.request(requestId)->state, State::Failed, kWait);
        const QString message = b.w.responseIn(convId)
                                    .value("errors"_L1)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value("message"_L1)
                                    .toString();
        QVERIFY2(message.contains(u"did not come from the brand's identity provider"_s),
                 qPrintable(message));
    }

    void aProviderThatNamesItselfMustAlwaysDoSo()
    {
        FakeDiscovery fake;
        fake.document = fake.validDocument();
        fake.document.insert("authorization_response_iss_parameter_supported"_L1, true);
        BrandProvider provider(configFor(fake.url()));
        QSignalSpy ready(&provider, &BrandProvider::ready);
        provider.resolve();
        QVERIFY(ready.wait(kWait));
        Result<SignInRoute> route = provider.route(Endpoint::Ios16, u"http://hub/cb"_s);
        QVERIFY(route.ok());
        QVERIFY(route->issuerInResponse);
        QCOMPARE(route->issuer, fake.base());
    }

    void aGenerationWithoutAClientIsRefusedWithTheReason()
    {
        BrandWorld b;
        BrandProviderConfig config = b.config();
        config.legacy = {};
        QVERIFY(b.useBrand(config));
        QVERIFY(b.w.online());
        const QString convId = b.w.acceptedConversation(u"15.7"_s, u"c-15"_s);
        const QString requestId = b.w.request(convId);
        QVERIFY(!requestId.isEmpty());
        Result<QUrl> start = b.w.hub.hub().appleSignIn().startSignIn(requestId);
        QVERIFY(!start.ok());
        QVERIFY2(start.error().contains(u"iOS 12–15"_s), qPrintable(start.error()));
    }

    void discoveryDocumentsThatMustBeRefused_data()
    {
        QTest::addColumn<QString>("defect");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << u"not json"_s << u"not a JSON object"_s;
        QTest::newRow("no issuer") << u"no issuer"_s << u"names no issuer"_s;
        QTest::newRow("another issuer") << u"another issuer"_s << u"refusing it"_s;
        QTest::newRow("plain http elsewhere") << u"http authorize"_s << u"authorization_endpoint"_s;
        QTest::newRow("no token endpoint") << u"no token endpoint"_s << u"token_endpoint"_s;
        QTest::newRow("auth method")
            << u"auth method"_s << u"does not accept client_secret_basic"_s;
        QTest::newRow("redirect") << u"redirect"_s << u"HTTP status 302"_s;
    }
    void discoveryDocumentsThatMustBeRefused()
    {
        QFETCH(QString, defect);
        QFETCH(QString, expected);
        FakeDiscovery fake;
        QVERIFY(fake.port != 0);
        fake.document = fake.validDocument();
        if (defect == "no issuer"_L1)
            fake.document.remove("issuer"_L1);
        else if (defect == "another issuer"_L1)
            fake.document.insert("issuer"_L1, u"https://evil.example"_s);
        else if (defect == "http authorize"_L1)
            fake.document.insert("authorization_endpoint"_L1, u"http://idp.example/auth"_s);
        else if (defect == "no token endpoint"_L1)
            fake.document.remove("token_endpoint"_L1);
        else if (defect == "auth method"_L1)
            fake.document.insert("token_endpoint_auth_methods_supported"_L1,
                                 QJsonArray{"private_key_jwt"_L1});
        else if (defect == "redirect"_L1)
            fake.redirectTo = QUrl(u"https://evil.example/.well-known/openid-configuration"_s);

        else if (defect == "not json"_L1)
            fake.rawBody = "<html>Welcome to nginx</html>";

        BrandProvider provider(configFor(fake.url()));
        QSignalSpy failed(&provider, &BrandProvider::failed);
        provider.resolve();
        QVERIFY(failed.wait(kWait));
        const QString why = failed.first().first().toString();
        QVERIFY2(why.contains(expected), qPrintable(why));
        QVERIFY(!provider.isReady());
        // Sign-ins are refused, and the reason says why.
        Result<SignInRoute> route = provider.route(Endpoint::Ios16, u"http://hub/cb"_s);
        QVERIFY(!route.ok());
        QVERIFY2(route.error().contains(why), qPrintable(route.error()));
    }

    void aProviderThatComesUpLateIsPickedUp()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a free port, closed again: the provider is down
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        BrandProvider provider(
            configFor(QUrl(u"http://127.0.0.1:%1/.well-known/openid-configuration"_s.arg(port))));
        QSignalSpy failed(&provider, &BrandProvider::failed);
        QSignalSpy ready(&provider, &BrandProvider::ready);
        provider.resolve();
        QVERIFY(failed.wait(kWait));
        QVERIFY(provider.route(Endpoint::Ios16, u"http://hub/cb"_s)
                    .error()
                    .contains(u"could not be fetched"_s));

        FakeDiscovery fake(port);
        QCOMPARE(fake.port, port);
        fake.document = fake.validDocument();
        QVERIFY(ready.wait(kWait)); // the next attempt, about 2 s later
        Result<SignInRoute> route = provider.route(Endpoint::Ios16, u"http://hub/cb"_s);
        QVERIFY2(route.ok(), qPrintable(route.error()));
        QCOMPARE(route->authorize, QUrl(fake.base() + u"/auth"_s));
        QCOMPARE(route->token, QUrl(fake.base() + u"/token"_s));
        QCOMPARE(route->clientId, u"signet-messaging"_s);
        QVERIFY(route->basicAuth);
        QCOMPARE(route->redirectUri, u"http://hub/cb"_s);
    }
};

QTEST_GUILESS_MAIN(BrandProviderTest)
#include "BrandProviderTest.moc"
