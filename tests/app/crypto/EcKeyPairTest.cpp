#include "crypto/EcKeyPair.h"

#include <QRegularExpression>
#include <QTest>

using namespace Signet;
using namespace Signet::Crypto;
using namespace Qt::StringLiterals;

class EcKeyPairTest : public QObject
{
    Q_OBJECT
private slots:
    void generateBothCurves_data()
    {
        QTest::addColumn<int>("curve");
        QTest::newRow("P-384") << static_cast<int>(Curve::P384);
        QTest::newRow("P-256") << static_cast<int>(Curve::P256);
    }
    void generateBothCurves()
    {
        QFETCH(int, curve);
        const auto c = static_cast<Curve>(curve);
        Result<EcKeyPair> key = EcKeyPair::generate(c);
        QVERIFY2(key.ok(), qPrintable(key.error()));
        QCOMPARE(key->curve(), c);
        QCOMPARE(static_cast<std::size_t>(key->publicPoint().size()), pointSize(c));
        QCOMPARE(key->publicPoint().at(0), '\x04');
        // The responseEncryptionKey format: standard Base64 with padding of the point.
        QCOMPARE(QByteArray::fromBase64(key->publicKeyBase64().toLatin1()), key->publicPoint());
        QCOMPARE(key->privateScalar().size(), scalarSize(c));
        QVERIFY(QRegularExpression(u"^([0-9a-f]{2}:){7}[0-9a-f]{2}$"_s)
                    .match(key->fingerprint())
                    .hasMatch());
        Result<EcKeyPair> other = EcKeyPair::generate(c);
        QVERIFY(other->publicPoint() != key->publicPoint());
    }

    void scalarAndPemRoundTrip()
    {
        Result<EcKeyPair> key = EcKeyPair::generate(Curve::P384);
        Result<EcKeyPair> fromScalar =
            EcKeyPair::fromPrivateScalar(Curve::P384, key->privateScalar());
        QVERIFY2(fromScalar.ok(), qPrintable(fromScalar.error()));
        QCOMPARE(fromScalar->publicPoint(), key->publicPoint());

        SecretBytes base64 = key->privateScalarBase64();
        Result<EcKeyPair> fromBase64 =
            EcKeyPair::fromPrivateScalarBase64(Curve::P384, base64.view());
        QVERIFY(fromBase64.ok());
        QCOMPARE(fromBase64->publicPoint(), key->publicPoint());

        SecretBytes pem = key->toPkcs8Pem();
        QVERIFY(pem.view().startsWith("-----BEGIN PRIVATE KEY-----"));
        Result<EcKeyPair> fromPem = EcKeyPair::fromPem(pem);
        QVERIFY2(fromPem.ok(), qPrintable(fromPem.error()));
        QCOMPARE(fromPem->curve(), Curve::P384);
        QCOMPARE(fromPem->publicPoint(), key->publicPoint());

        Result<EcKeyPair> any = EcKeyPair::fromAnyPrivateForm(pem);
        QVERIFY(any.ok());
        Result<EcKeyPair> anyScalar = EcKeyPair::fromAnyPrivateForm(key->privateScalarBase64());
        QVERIFY(anyScalar.ok());
        QCOMPARE(anyScalar->publicPoint(), key->publicPoint());

        Result<EcKeyPair> p256 = EcKeyPair::generate(Curve::P256);
        Result<EcKeyPair> p256Again = EcKeyPair::fromAnyPrivateForm(p256->privateScalarBase64());
        QCOMPARE(p256Again->curve(), Curve::P256);
        QCOMPARE(p256Again->publicPoint(), p256->publicPoint());
    }

    void shortScalarIsLeftPadded()
    {
        // d = 1: one byte in, the curve's full length out.
        Result<EcKeyPair> one =
            EcKeyPair::fromPrivateScalar(Curve::P384, SecretBytes::copyOf("\x01"));
        QVERIFY2(one.ok(), qPrintable(one.error()));
        SecretBytes scalar = one->privateScalar();
        QCOMPARE(scalar.size(), std::size_t(48));
        QByteArray expected(48, '\0');
        expected[47] = '\x01';
        QVERIFY(scalar.constantTimeEquals(expected));
    }

    void invalidPrivateKeysAreRefused()
    {
        QVERIFY(!EcKeyPair::fromPrivateScalar(Curve::P384, SecretBytes()).ok());
        QVERIFY(
            !EcKeyPair::fromPrivateScalar(Curve::P384, SecretBytes::copyOf(QByteArray(48, '\0')))
                 .ok());
        QVERIFY(
            !EcKeyPair::fromPrivateScalar(Curve::P384, SecretBytes::copyOf(QByteArray(48, '\xff')))
                 .ok());
        QVERIFY(
            !EcKeyPair::fromPrivateScalar(Curve::P256, SecretBytes::copyOf(QByteArray(48, '\x01')))
                 .ok());
        QVERIFY(!EcKeyPair::fromPrivateScalarBase64(Curve::P384, "not base64!").ok());
        QVERIFY(EcKeyPair::fromPem(
                    SecretBytes::copyOf(
                        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"))
                    .error()
                    .contains(u"PEM"_s));
        QVERIFY(EcKeyPair::fromAnyPrivateForm(SecretBytes::copyOf(QByteArray(20, 'A').toBase64()))
                    .error()
                    .contains(u"48 bytes"_s));
        QVERIFY(!EcKeyPair::fromAnyPrivateForm(SecretBytes::copyOf("hello world")).ok());
    }

    void fingerprintIsOfThePublicPoint()
    {
        Result<EcKeyPair> key = EcKeyPair::generate(Curve::P384);
        QCOMPARE(EcKeyPair::fingerprintOf(key->publicPoint()), key->fingerprint());
        QCOMPARE(EcKeyPair::fingerprintOf(QByteArray("abc")),
                 u"ba:78:16:bf:8f:01:cf:ea"_s); // SHA-256("abc")
    }
};

QTEST_GUILESS_MAIN(EcKeyPairTest)
#include "EcKeyPairTest.moc"
