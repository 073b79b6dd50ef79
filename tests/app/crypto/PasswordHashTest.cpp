#include "crypto/PasswordHash.h"

#include <QTest>

using namespace Signet::Crypto;
using namespace Qt::StringLiterals;

class PasswordHashTest : public QObject
{
    Q_OBJECT
private slots:
    void verifiesOnlyTheRightPassword()
    {
        const QString stored = PasswordHash::create(u"s3cret-Ω"_s);
        QVERIFY(stored.startsWith(u"pbkdf2-sha256$600000$"_s));
        QVERIFY(!stored.contains(u"s3cret"_s));
        QVERIFY(PasswordHash::verify(u"s3cret-Ω"_s, stored));
        QVERIFY(!PasswordHash::verify(u"s3cret-O"_s, stored));
        QVERIFY(!PasswordHash::verify(QString(), stored));
    }
    void saltMakesEveryHashDifferent()
    {
        QVERIFY(PasswordHash::create(u"same"_s, 1000) != PasswordHash::create(u"same"_s, 1000));
    }
    void malformedStoredValuesNeverVerify()
    {
        const QString good = PasswordHash::create(u"pw"_s, 1000);
        QVERIFY(PasswordHash::verify(u"pw"_s, good));
        const QStringList parts = good.split(u'$');
        for (const QString &bad : {QString(), u"plain"_s, u"md5$1$a$b"_s,
                                   u"pbkdf2-sha256$0$%1$%2"_s.arg(parts[2], parts[3]),
                                   u"pbkdf2-sha256$99999999999$%1$%2"_s.arg(parts[2], parts[3]),
                                   u"pbkdf2-sha256$1000$%1$AAAA"_s.arg(parts[2])})
            QVERIFY2(!PasswordHash::verify(u"pw"_s, bad), qPrintable(bad));
    }
};

QTEST_GUILESS_MAIN(PasswordHashTest)
#include "PasswordHashTest.moc"
