// The brand's own identity provider: node's oidc-provider (tests/e2e/brand-idp.mjs) signs the
// customer in instead of the hub's built-in provider. signet-hub finds it by its discovery document
// (read from an owner-only INI file, as `signet-hub --identity-provider` does), Debian's Chromium
// plays the customer on the hub's customer page and the brand's login page, and the desk core
// verifies the token at the brand's userinfo and introspection endpoints — for an iOS 17 device
// (the hub exchanges the code) and an iOS 15 device (Apple's side exchanges it) who mistypes once.
// The hub records her from what it can check: its own userinfo question (iOS 17), or the
// introspection answer oidc-provider signs (RFC 9701, iOS 15), checked against its published keys.
#include "CustomerBrowser.h"
#include "SignInWorld.h"
#include "crypto/RandomToken.h"
#include "oauth/BrandProvider.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Signet;
using namespace Signet::Auth;
using namespace Signet::Test;
using namespace Qt::StringLiterals;
using State = AuthTracker::State;

namespace {

// node brand-idp.mjs for the lifetime of a test; it exits when its standard input closes.
class BrandIdp
{
public:
    QJsonObject info;
    QString messagingSecret = Crypto::randomToken(24);
    QString appleSecret = Crypto::randomToken(24);
    QString deskSecret = Crypto::randomToken(24);

    bool start(const QString &hubBaseUrl)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BRAND_MESSAGING_SECRET"_s, messagingSecret);
        env.insert(u"BRAND_APPLE_SECRET"_s, appleSecret);
        env.insert(u"BRAND_DESK_SECRET"_s, deskSecret);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(u"node"_s,
                        {QStringLiteral(SIGNET_SOURCE_DIR "/tests/e2e/brand-idp.mjs"), hubBaseUrl});
        if (!m_process.waitForStarted(10000))
            return false;
        if (!spinUntil(
                [&] {
                    return m_process.canReadLine() || m_process.state() == QProcess::NotRunning;
                },
                30000))
            return false;
        info = QJsonDocument::fromJson(m_process.readLine()).object();
        return !info.value("issuer"_L1).toString().isEmpty();
    }
    QString value(const char *key) const { return info.value(QLatin1StringView(key)).toString(); }

    ~BrandIdp()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
};

} // namespace

class ExternalProviderSignInTest : public QObject
{
    Q_OBJECT
private slots:
    void aCustomerSignsInAtTheBrandsProvider_data()
    {
        QTest::addColumn<QString>("osVersion");
        QTest::addColumn<QString>("wrongPassword");
        QTest::newRow("ios17") << u"17.4"_s << QString();
        QTest::newRow("ios15-mistypes-once") << u"15.7"_s << u"not-my-password"_s;
    }
    void aCustomerSignsInAtTheBrandsProvider()
    {
        QFETCH(QString, osVersion);
        QFETCH(QString, wrongPassword);
        SignInWorld w;
        BrandIdp idp;
        QVERIFY2(idp.start(w.hub.hub().baseUrl()), "node tests/e2e/brand-idp.mjs did not start");

        // The hub reads the brand's provider from its file, as signet-hub --identity-provider does.
        const QString ini = w.dir.filePath(u"brand.ini"_s);
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(u"[provider]\ndiscovery = %1\n"
                   "[ios16]\nclient_id = signet-messaging\nclient_secret = %2\n"
                   "[legacy]\nclient_id = apple-business-chat\nclient_secret = %3\n"
                   "[desk]\nclient_id = signet-desk\n"_s
                       .arg(idp.value("discovery"), idp.messagingSecret, idp.appleSecret)
                       .toUtf8());
        file.close();
        Result<Hub::BrandProviderConfig> config = Hub::BrandProviderConfig::load(ini);
        QVERIFY2(config.ok(), qPrintable(config.error()));
        w.hub.hub().setBrandProvider(config.value());
        QTRY_VERIFY_WITH_TIMEOUT(w.hub.hub().brandProvider()->isReady(), SignInWorld::kWait);
        QCOMPARE(w.hub.hub().brandProvider()->issuer(), idp.value("issuer"));

        // The desk verifies at the brand's provider, as its [identity] settings say.
        w.bindResponses({idp.value("issuer"), QUrl(idp.value("userinfo")),
                         QUrl(idp.value("introspection")), u"signet-desk"_s, idp.deskSecret});
        QVERIFY(w.online());
        const QString convId = w.acceptedConversation(osVersion, u"c-"_s + osVersion);
        const QString requestId = w.request(convId);
        QVERIFY(!requestId.isEmpty());

        const BrowserRun run =
            runCustomerBrowser(w.hub.hub().customerPageUrl(convId), u"maya@example.com"_s,
                               u"maya-demo-pass"_s, wrongPassword);
        QVERIFY2(run.ok, qPrintable(run.error));
        const QJsonObject report = run.report;
        QCOMPARE(report.value("result"_L1).toString(), u"You're signed in"_s);
        QVERIFY2(report.value("backInChatMs"_L1).toInt() < 10000,
                 QJsonDocument(report).toJson().constData());

        QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(requestId)->state, State::Succeeded,
                                  SignInWorld::kWait);
        const VerifiedIdentity identity = w.tracker.request(requestId)->identity;
        QCOMPARE(identity.issuer, idp.value("issuer"));
        QCOMPARE(identity.subject, u"acme-maya-1001"_s);
        QCOMPARE(identity.name, u"Maya Chen"_s);
        QCOMPARE(identity.email, u"maya@example.com"_s);
        QCOMPARE(identity.claims.value("membership_tier"_L1).toString(), u"gold"_s);
        // The expiry is the provider's (introspection: an hour), not a guess.
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(identity.expiresAt);
        QVERIFY2(left > 3500 && left <= 3600, qPrintable(QString::number(left)));

        // The hub recorded who she is from what it could check itself: for iOS 17 its own
        // question to the provider's userinfo; for iOS 15 the statement oidc-provider signed
        // (RS256, checked against its jwks_uri), handed on by the desk without the token.
        QTRY_COMPARE_WITH_TIMEOUT(w.hub.hub()
                                      .store()
                                      .conversation(convId)
                                      ->verifiedIdentity.value("assurance"_L1)
                                      .toString(),
                                  osVersion.startsWith(u"15"_s) ? u"provider-signed"_s : u"hub"_s,
                                  SignInWorld::kWait);
        const QJsonObject recorded = w.hub.hub().store().conversation(convId)->verifiedIdentity;
        QCOMPARE(recorded.value("issuer"_L1).toString(), idp.value("issuer"));
        QCOMPARE(recorded.value("subject"_L1).toString(), u"acme-maya-1001"_s);
        QCOMPARE(recorded.value("name"_L1).toString(), u"Maya Chen"_s);
        QCOMPARE(recorded.value("claims"_L1).toObject().value("membership_tier"_L1).toString(),
                 u"gold"_s);
        QCOMPARE(w.hub.hub().store().identityLinks(idp.value("issuer"), u"acme-maya-1001"_s).size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(ExternalProviderSignInTest)
#include "ExternalProviderSignInTest.moc"
