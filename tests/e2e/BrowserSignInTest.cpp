// A real browser: Debian's Chromium (puppeteer-core, tests/e2e/customer-signin.mjs) plays the
// customer on the hub's customer page and the brand's login page, while the desk core waits for
// the verified identity — for an iOS 17 and an iOS 15 customer (who mistypes once).
#include "SignInWorld.h"
#include "auth/AuthResponseBinder.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Signet;
using namespace Signet::Auth;
using namespace Signet::Test;
using namespace Qt::StringLiterals;
using State = AuthTracker::State;

class BrowserSignInTest : public QObject
{
    Q_OBJECT
private slots:
    void aCustomerSignsInWithChromium_data()
    {
        QTest::addColumn<QString>("osVersion");
        QTest::addColumn<QString>("wrongPassword");
        QTest::newRow("ios17") << u"17.4"_s << QString();
        QTest::newRow("ios15-mistypes-once") << u"15.7"_s << u"not-my-password"_s;
    }
    void aCustomerSignsInWithChromium()
    {
        QFETCH(QString, osVersion);
        QFETCH(QString, wrongPassword);
        SignInWorld w;
        w.bindResponses();
        QVERIFY(w.online());
        const QString convId = w.acceptedConversation(osVersion, u"c-"_s + osVersion);
        const QString requestId = w.request(convId);
        QVERIFY(!requestId.isEmpty());

        QProcess browser;
        browser.setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args{QStringLiteral(SIGNET_SOURCE_DIR "/tests/e2e/customer-signin.mjs"),
                         w.hub.hub().customerPageUrl(convId).toString(), u"maya@example.com"_s,
                         u"maya-demo-pass"_s};
        if (!wrongPassword.isEmpty())
            args << wrongPassword;
        browser.start(u"node"_s, args);
        QVERIFY2(browser.waitForStarted(), "node is needed (./dev.sh test installs it)");
        QTRY_VERIFY_WITH_TIMEOUT(browser.state() == QProcess::NotRunning, 90000);
        const QByteArray out = browser.readAllStandardOutput();
        QVERIFY2(browser.exitCode() == 0,
                 QByteArray(out + browser.readAllStandardError()).constData());
        const QJsonObject report =
            QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        QCOMPARE(report.value("result"_L1).toString(), u"You're signed in"_s);
        // Back in the chat within seconds (ASAPP promises 10).
        QVERIFY2(report.value("backInChatMs"_L1).toInt() < 10000, out.constData());

        QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(requestId)->state, State::Succeeded,
                                  SignInWorld::kWait);
        QCOMPARE(w.tracker.request(requestId)->identity.name, u"Maya Chen"_s);
    }
};

QTEST_GUILESS_MAIN(BrowserSignInTest)
#include "BrowserSignInTest.moc"
