#include "transport/ReconnectPolicy.h"
#include "transport/ServerEndpoint.h"

#include <QTest>

using namespace Signet;
using namespace Qt::StringLiterals;

class ReconnectPolicyTest : public QObject
{
    Q_OBJECT
private slots:
    void backoffGrowsAndIsCapped()
    {
        ReconnectPolicy p; // 1 s doubling to 30 s, ±20 %
        auto middle = [] { return 0.5; };
        QCOMPARE(p.delayForAttempt(0, middle), 1000);
        QCOMPARE(p.delayForAttempt(1, middle), 2000);
        QCOMPARE(p.delayForAttempt(4, middle), 16000);
        QCOMPARE(p.delayForAttempt(5, middle), 30000);
        QCOMPARE(p.delayForAttempt(50, middle), 30000);
    }
    void jitterSpreadsWithinBounds()
    {
        ReconnectPolicy p;
        QCOMPARE(p.delayForAttempt(2, [] { return 0.0; }), 3200);
        QCOMPARE(p.delayForAttempt(2, [] { return 0.999999; }), 4800);
    }
    void loopbackDetection()
    {
        ServerEndpoint e;
        for (const char *url : {"http://127.0.0.1:8480", "http://localhost:1", "http://[::1]:9"}) {
            e.baseUrl = QUrl(QString::fromLatin1(url));
            QVERIFY2(e.isLoopback(), url);
        }
        for (const char *url :
             {"https://hub.example.com", "http://10.0.0.2:8480", "http://127.example.com"}) {
            e.baseUrl = QUrl(QString::fromLatin1(url));
            QVERIFY2(!e.isLoopback(), url);
        }
    }
};

QTEST_GUILESS_MAIN(ReconnectPolicyTest)
#include "ReconnectPolicyTest.moc"
