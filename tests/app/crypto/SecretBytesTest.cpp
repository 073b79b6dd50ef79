#include "crypto/SecretBytes.h"

#include <QTest>

#include <type_traits>

using namespace Signet::Crypto;

class SecretBytesTest : public QObject
{
    Q_OBJECT
private slots:
    void isMoveOnlyWithNoImplicitConversions()
    {
        static_assert(!std::is_copy_constructible_v<SecretBytes>);
        static_assert(!std::is_copy_assignable_v<SecretBytes>);
        static_assert(std::is_nothrow_move_constructible_v<SecretBytes>);
        static_assert(!std::is_convertible_v<SecretBytes, QByteArray>);
        static_assert(!std::is_convertible_v<SecretBytes, QString>);
        static_assert(!std::is_convertible_v<QByteArray, SecretBytes>);
        QVERIFY(true);
    }

    void moveLeavesTheSourceEmpty()
    {
        SecretBytes a = SecretBytes::copyOf("secret");
        SecretBytes b = std::move(a);
        QCOMPARE(a.size(),
                 std::size_t(0)); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QVERIFY(a.data() == nullptr);
        QVERIFY(b.constantTimeEquals("secret"));
        SecretBytes c = SecretBytes::copyOf("other");
        c = std::move(b);
        QVERIFY(c.constantTimeEquals("secret"));
    }

    void takeFromWipesTheSource()
    {
        QByteArray source("private key bytes");
        SecretBytes taken = SecretBytes::takeFrom(source);
        QVERIFY(source.isEmpty());
        QVERIFY(taken.constantTimeEquals("private key bytes"));
    }

    void wipeAndTruncate()
    {
        SecretBytes s = SecretBytes::copyOf("0123456789");
        s.truncate(4);
        QVERIFY(s.constantTimeEquals("0123"));
        s.truncate(10); // longer than it is: no change
        QCOMPARE(s.size(), std::size_t(4));
        s.wipe();
        QVERIFY(s.isEmpty());
        QVERIFY(s.data() == nullptr);
    }

    void base64RoundTripIsStrict()
    {
        SecretBytes raw = SecretBytes::copyOf(QByteArrayView("\x00\x01\xfe\xff", 4));
        SecretBytes encoded = raw.toBase64();
        QVERIFY(encoded.constantTimeEquals("AAH+/w=="));
        bool ok = false;
        SecretBytes back = SecretBytes::fromBase64(encoded.view(), &ok);
        QVERIFY(ok);
        QVERIFY(back.constantTimeEquals(raw.view()));
        SecretBytes bad = SecretBytes::fromBase64("not*base64", &ok);
        QVERIFY(!ok);
        QVERIFY(bad.isEmpty());
    }

    void constantTimeEqualsComparesLengthToo()
    {
        SecretBytes s = SecretBytes::copyOf("abc");
        QVERIFY(!s.constantTimeEquals("abcd"));
        QVERIFY(!s.constantTimeEquals("abd"));
        QVERIFY(SecretBytes().constantTimeEquals(""));
    }
};

QTEST_GUILESS_MAIN(SecretBytesTest)
#include "SecretBytesTest.moc"
