#include "logging/Logging.h"

#include <QTest>

using namespace Signet::Logging;
using namespace Qt::StringLiterals;

class LoggingTest : public QObject
{
    Q_OBJECT
private slots:
    void secretsNeverReachALog_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::newRow("password") << uR"({"username":"ana","password":"hunter2-secret"})"_s
                                  << u"hunter2-secret"_s;
        QTest::newRow("bearer-json")
            << uR"({"bearer":"Zk9vYmFy.secret","csrf":"c5rf-secret"})"_s << u"Zk9vYmFy.secret"_s;
        QTest::newRow("csrf") << uR"({"bearer":"b","csrf":"c5rf-secret"})"_s << u"c5rf-secret"_s;
        QTest::newRow("token")
            << uR"({"type":"ConnectorAuthenticationResponse","token":"BASE64TOKEN=="})"_s
            << u"BASE64TOKEN=="_s;
        QTest::newRow("key") << uR"({"responseEncryptionKey" : "BPubKey=="})"_s << u"BPubKey=="_s;
        QTest::newRow("ws-path")
            << u"ws://127.0.0.1:1/ws_api/account/signet/messaging/brand/AbC-123_secret?v=2.1"_s
            << u"AbC-123_secret"_s;
        QTest::newRow("header") << u"Authorization: Bearer eyJhbGciOi.secret"_s
                                << u"eyJhbGciOi.secret"_s;
    }
    void secretsNeverReachALog()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString out = redacted(line);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(u"[redacted]"_s), qPrintable(out));
        QVERIFY(!redacted(line.toUtf8()).contains(secret));
    }
    void keepsTheShapeAndCapsTheLength()
    {
        QCOMPARE(redacted(uR"({"kind":"req","type":".GetClock"})"_s),
                 uR"({"kind":"req","type":".GetClock"})"_s);
        const QString huge = QString(10000, u'a');
        const QString out = redacted(huge, 100);
        QVERIFY(out.size() < 150);
        QVERIFY(out.contains(u"10000 characters"_s));
    }
};

QTEST_GUILESS_MAIN(LoggingTest)
#include "LoggingTest.moc"
