// A real browser: Debian's Chromium (puppeteer-core, tests/e2e/customer-signin.mjs) plays the
// customer on the hub's customer page and the brand's login page, while the desk core waits for
// the verified identity — for an iOS 17 and an iOS 15 customer (who mistypes once).
#include "CustomerBrowser.h"
#include "SignInWorld.h"
#include "auth/AuthResponseBinder.h"

#include <QJsonDocument>
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
        QCOMPARE(w.tracker.request(requestId)->identity.name, u"Maya Chen"_s);
    }
};

QTEST_GUILESS_MAIN(BrowserSignInTest)
#include "BrowserSignInTest.moc"
