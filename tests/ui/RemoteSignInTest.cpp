// A desk on a remote hub (not the built-in one) verifies sign-ins with the identity provider from
// its settings: userinfo for who, introspection (client secret from the keychain) for until when.
#include "Await.h"
#include "DeskApp.h"
#include "InMemorySecretStore.h"
#include "MainWindow.h"
#include "TestHub.h"
#include "auth/BrandPreset.h"
#include "channels/apple/AppleSignInFlow.h"
#include "demo/DemoBrowser.h"
#include "settings/DeskSettings.h"

#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Signet;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 20000;

struct RemoteDesk
{
    TestHub hub;
    QTemporaryDir dir;
    DeskSettings settings{dir.filePath(u"settings.ini"_s)};
    InMemorySecretStore secrets;
    std::unique_ptr<Ui::DeskApp> desk;

    explicit RemoteDesk(const QString &userinfoUrl = QString())
    {
        (void)hub.addUser(u"ana"_s, kPassword);
        Hub::CustomerAccount maya{u"c-1001"_s,    u"maya@example.com"_s, {},
                                  u"Maya Chen"_s, u"maya@example.com"_s, {}};
        (void)hub.hub().store().upsertCustomerAccount(maya, u"maya-demo-pass"_s);
        const QString base = hub.hub().baseUrl();
        const Hub::OAuthClient &client =
            hub.hub().oauthClient(Hub::OAuthClient::Endpoint::Introspection);
        settings.setServerUrl(base);
        settings.setServerUser(u"ana"_s);
        settings.setRememberPassword(true);
        settings.setIdentityIssuer(base);
        settings.setIdentityUserinfoUrl(userinfoUrl.isEmpty() ? base + u"/oauth/userinfo"_s
                                                              : userinfoUrl);
        settings.setIdentityIntrospectionUrl(base + u"/oauth/introspect"_s);
        settings.setIdentityClientId(client.id);
        (void)awaitStatus([&](auto done) {
            secrets.write(settings.passwordKey(), Crypto::SecretBytes::copyOf(kPassword.toUtf8()),
                          done);
        });
        (void)awaitStatus([&](auto done) {
            secrets.write(settings.identityClientSecretKey(),
                          Crypto::SecretBytes::copyOf(client.secret.toUtf8()), done);
        });
        Ui::DeskApp::Options options;
        options.dataDirectory = dir.filePath(u"hub"_s);
        options.stateDirectory = dir.filePath(u"state"_s);
        desk = std::make_unique<Ui::DeskApp>(options, &settings, &secrets);
        desk->start();
        desk->window()->show();
    }
};
} // namespace

class RemoteSignInTest : public QObject
{
    Q_OBJECT
private slots:
    void aRemoteDeskVerifiesWithItsConfiguredProvider()
    {
        RemoteDesk r;
        QVERIFY(!r.desk->embeddedHub());
        QTRY_VERIFY_WITH_TIMEOUT(r.desk->session() && r.desk->session()->connection()->state() ==
                                                          AgentConnection::State::Online,
                                 kWait);
        QTRY_VERIFY_WITH_TIMEOUT(r.desk->keyRing()->isOpen(), kWait);
        // The composer checks images with the list the team's hub enforces, not this desk's own.
        QVERIFY(r.settings.imageHosts().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(r.desk->signIn()->allowedImageHosts(),
                                  QStringList{u"images.acme.example"_s}, kWait);
        const QString convId = r.hub.startCustomer(u"c-17"_s, u"Maya"_s, u"Hi"_s, u"17.4"_s);
        QTRY_VERIFY_WITH_TIMEOUT(r.desk->session()->conversations()->item(convId) != nullptr,
                                 kWait);
        QVERIFY(awaitStatus([&](auto done) { r.desk->session()->accept(convId, done); }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(r.desk->signIn()->gate(convId).allowed, kWait);
        Result<QString> requestId = await<QString>([&](auto done) {
            r.desk->signIn()->send(convId, Auth::BrandPreset::builtIn().draft, done);
        });
        QVERIFY2(requestId.ok(), qPrintable(requestId.error()));

        // The customer signs in on the hub's page; the phone's browser comes back to the hub.
        Hub::DemoBrowser browser;
        Result<QUrl> start = r.hub.hub().appleSignIn().startSignIn(requestId.value());
        QVERIFY(start.ok());
        browser.signIn(start.value(), u"maya@example.com"_s, {u"maya-demo-pass"_s},
                       [&browser](const QUrl &redirect) { browser.open(redirect); });

        QTRY_COMPARE_WITH_TIMEOUT(r.desk->authTracker()->request(requestId.value())->state,
                                  Auth::AuthTracker::State::Succeeded, kWait);
        const Auth::VerifiedIdentity who =
            r.desk->authTracker()->request(requestId.value())->identity;
        QCOMPARE(who.name, u"Maya Chen"_s);
        QCOMPARE(who.issuer, r.hub.hub().baseUrl());
        // Introspection answered (with the secret from the keychain): the expiry is known.
        QVERIFY(who.expiresAt.isValid());
    }

    void aProviderWithoutTlsOffThisComputerIsRefused()
    {
        RemoteDesk r(u"http://id.example.com/userinfo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(r.desk->window()->statusBar()->currentMessage().contains(
                                     u"must be reached over https://"_s),
                                 kWait);
    }
};

QTEST_MAIN(RemoteSignInTest)
#include "RemoteSignInTest.moc"
