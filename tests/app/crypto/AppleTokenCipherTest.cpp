// Apple's token encryption checked against vectors from an independent implementation
// (tests/crypto/make_vectors.py, python3-cryptography), and every way a token can be wrong.
#include "crypto/AppleTokenCipher.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Signet;
using namespace Signet::Crypto;
using namespace Qt::StringLiterals;

namespace {
QJsonArray vectors()
{
    return QJsonDocument::fromJson(Test::readData(u"crypto/apple-token-vectors.json"_s))
        .object()
        .value("vectors"_L1)
        .toArray();
}

QByteArray field(const QJsonObject &v, const char *name)
{
    return QByteArray::fromBase64(v.value(QLatin1StringView(name)).toString().toLatin1());
}

Curve curveOf(const QJsonObject &v)
{
    return v.value("curve"_L1).toString() == "P-384"_L1 ? Curve::P384 : Curve::P256;
}

EcKeyPair keyOf(const QJsonObject &v, const char *scalarField = "privateScalar")
{
    return std::move(
        EcKeyPair::fromPrivateScalar(curveOf(v), SecretBytes::copyOf(field(v, scalarField)))
            .value());
}

CipherError errorOf(const Result<SecretBytes> &r)
{
    return static_cast<CipherError>(r.errorCode());
}
} // namespace

class AppleTokenCipherTest : public QObject
{
    Q_OBJECT
private slots:
    void decryptsIndependentVectorsWithTheirIntermediates_data()
    {
        QTest::addColumn<QJsonObject>("v");
        const QJsonArray all = vectors();
        QVERIFY(all.size() >= 10);
        int i = 0;
        for (const QJsonValue &v : all)
            QTest::newRow(
                qPrintable(u"%1-%2"_s.arg(i++).arg(v.toObject().value("curve"_L1).toString())))
                << v.toObject();
    }
    void decryptsIndependentVectorsWithTheirIntermediates()
    {
        QFETCH(QJsonObject, v);
        const EcKeyPair key = keyOf(v);
        QCOMPARE(key.publicPoint(), field(v, "publicKey"));
        QCOMPARE(key.privateScalar().size(),
                 scalarSize(key.curve())); // left-padded, even with a leading zero

        const QByteArray ephemeralPoint = field(v, "ephemeralPublicKey");
        const SecretBytes z = AppleTokenCipher::sharedSecret(key, ephemeralPoint);
        QVERIFY(z.constantTimeEquals(field(v, "z")));
        const std::size_t keyBytes = key.curve() == Curve::P384 ? 32 : 16;
        const SecretBytes keyAndIv = AppleTokenCipher::deriveKeyAndIv(z, ephemeralPoint, keyBytes);
        QVERIFY(keyAndIv.constantTimeEquals(QByteArray(field(v, "key") + field(v, "iv"))));

        Result<SecretBytes> plaintext =
            AppleTokenCipher::decrypt(key, v.value("token"_L1).toString().toLatin1());
        QVERIFY2(plaintext.ok(), qPrintable(plaintext.error()));
        QVERIFY(plaintext->constantTimeEquals(field(v, "plaintext")));
    }

    void encryptsExactlyLikeTheIndependentImplementation()
    {
        // Same recipient, same ephemeral key → the same token, byte for byte.
        for (const QJsonValue &value : vectors()) {
            const QJsonObject v = value.toObject();
            const EcKeyPair ephemeral = keyOf(v, "ephemeralPrivateScalar");
            Result<QByteArray> token = AppleTokenCipher::encryptWith(
                ephemeral, QString::fromLatin1(field(v, "publicKey").toBase64()),
                field(v, "plaintext"));
            QVERIFY2(token.ok(), qPrintable(token.error()));
            QCOMPARE(QString::fromLatin1(token.value()), v.value("token"_L1).toString());
        }
    }

    void roundTripWithAFreshEphemeralKeyEachTime()
    {
        for (Curve curve : {Curve::P384, Curve::P256}) {
            Result<EcKeyPair> key = EcKeyPair::generate(curve);
            Result<QByteArray> a =
                AppleTokenCipher::encrypt(key->publicKeyBase64(), "access-token-123");
            Result<QByteArray> b =
                AppleTokenCipher::encrypt(key->publicKeyBase64(), "access-token-123");
            QVERIFY(a.ok() && b.ok());
            QVERIFY(a.value() != b.value());
            QVERIFY(AppleTokenCipher::decrypt(key.value(), a.value())
                        ->constantTimeEquals("access-token-123"));
            QVERIFY(AppleTokenCipher::decrypt(key.value(), b.value())
                        ->constantTimeEquals("access-token-123"));
        }
    }

    void flippingAnySingleByteIsDetected()
    {
        Result<EcKeyPair> key = EcKeyPair::generate(Curve::P384);
        const QByteArray token = QByteArray::fromBase64(
            AppleTokenCipher::encrypt(key->publicKeyBase64(), "a real token value").value());
        for (qsizetype i = 0; i < token.size(); ++i) {
            QByteArray tampered = token;
            tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
            Result<SecretBytes> r = AppleTokenCipher::decrypt(key.value(), tampered.toBase64());
            QVERIFY2(!r.ok(), qPrintable(u"byte %1 accepted"_s.arg(i)));
            const CipherError e = errorOf(r);
            // The point's format byte, a point off the curve, or the integrity check: each says the
            // token was tampered with, and none gives plaintext.
            QVERIFY2(r.error().contains(u"tampered"_s),
                     qPrintable(u"byte %1: %2"_s.arg(i).arg(r.error())));
            QVERIFY2(
                i == 0 ? e == CipherError::NotUncompressedPoint
                       : (i < 97 ? (e == CipherError::PointNotOnCurve || e == CipherError::Tampered)
                                 : e == CipherError::Tampered),
                qPrintable(u"byte %1: %2"_s.arg(i).arg(r.error())));
        }
    }

    void everyMalformedTokenHasItsOwnError()
    {
        Result<EcKeyPair> key = EcKeyPair::generate(Curve::P384);
        Result<EcKeyPair> otherKey = EcKeyPair::generate(Curve::P384);
        Result<EcKeyPair> p256 = EcKeyPair::generate(Curve::P256);
        const QByteArray good = AppleTokenCipher::encrypt(key->publicKeyBase64(), "token").value();
        const QByteArray raw = QByteArray::fromBase64(good);

        QCOMPARE(errorOf(AppleTokenCipher::decrypt(key.value(), "")), CipherError::Empty);
        QCOMPARE(errorOf(AppleTokenCipher::decrypt(key.value(), "   \n")), CipherError::Empty);
        QCOMPARE(errorOf(AppleTokenCipher::decrypt(key.value(), "abc$%^")), CipherError::NotBase64);
        QCOMPARE(errorOf(AppleTokenCipher::decrypt(key.value(), QByteArray(1024 * 1024, 'A'))),
                 CipherError::TooLarge);
        for (qsizetype keep : {1, 50, 97, 97 + 16})
            QCOMPARE(errorOf(AppleTokenCipher::decrypt(key.value(), raw.left(keep).toBase64())),
                     CipherError::TooShort);
        QCOMPARE(
            errorOf(AppleTokenCipher::decrypt(key.value(), raw.left(raw.size() - 1).toBase64())),
            CipherError::Tampered);
        QByteArray compressed = raw;
        compressed[0] = '\x02';
        QCOMPARE(errorOf(AppleTokenCipher::decrypt(key.value(), compressed.toBase64())),
                 CipherError::NotUncompressedPoint);
        QByteArray offCurve = raw;
        offCurve[40] = static_cast<char>(offCurve[40] ^ 0x55);
        QCOMPARE(errorOf(AppleTokenCipher::decrypt(key.value(), offCurve.toBase64())),
                 CipherError::PointNotOnCurve);
        QCOMPARE(errorOf(AppleTokenCipher::decrypt(otherKey.value(), good)), CipherError::Tampered);
        // Tokens for the other curve, long and short.
        const QByteArray forP256 =
            AppleTokenCipher::encrypt(p256->publicKeyBase64(), QByteArray(64, 't')).value();
        QCOMPARE(errorOf(AppleTokenCipher::decrypt(key.value(), forP256)), CipherError::WrongCurve);
        QCOMPARE(errorOf(AppleTokenCipher::decrypt(p256.value(), good)), CipherError::WrongCurve);
        const QByteArray shortP256 =
            AppleTokenCipher::encrypt(p256->publicKeyBase64(), "t").value();
        QCOMPARE(errorOf(AppleTokenCipher::decrypt(key.value(), shortP256)),
                 CipherError::WrongCurve);
        // Not text once decrypted.
        const QByteArray binary =
            AppleTokenCipher::encrypt(key->publicKeyBase64(), QByteArray("\xff\xfe\x00", 3))
                .value();
        QCOMPARE(errorOf(AppleTokenCipher::decrypt(key.value(), binary)), CipherError::NotUtf8);
        // Each error reads as a sentence for the agent.
        for (int e = 1; e <= static_cast<int>(CipherError::Internal); ++e)
            QVERIFY(AppleTokenCipher::describe(static_cast<CipherError>(e)).endsWith(u'.'));
    }

    void encryptRefusesBadRecipientKeys()
    {
        for (const QString &bad :
             {QString(), u"not-base64!"_s, QString::fromLatin1(QByteArray(97, '\x04').toBase64()),
              QString::fromLatin1(QByteArray(33, '\x02').toBase64())}) {
            Result<QByteArray> r = AppleTokenCipher::encrypt(bad, "x");
            QVERIFY(!r.ok());
            QCOMPARE(static_cast<CipherError>(r.errorCode()), CipherError::BadPublicKey);
        }
    }
};

QTEST_GUILESS_MAIN(AppleTokenCipherTest)
#include "AppleTokenCipherTest.moc"
