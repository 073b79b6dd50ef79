// JSON Web Signatures: vectors signed by an independent implementation
// (tests/crypto/make_jws_vectors.py, python3-cryptography) verify, Signet's own ES256 statements
// verify against its published key, and every way a statement can be forged is refused.
#include "crypto/Jws.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Signet;
using namespace Signet::Crypto;
using namespace Qt::StringLiterals;

namespace {
QJsonObject vectors()
{
    return QJsonDocument::fromJson(Test::readData(u"crypto/jws-vectors.json"_s)).object();
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString part(const QJsonObject &o)
{
    return b64(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString vector(const QString &alg)
{
    for (const QJsonValue &v : vectors().value("vectors"_L1).toArray()) {
        if (v.toObject().value("alg"_L1).toString() == alg)
            return v.toObject().value("jws"_L1).toString();
    }
    return {};
}

EcKeyPair p256()
{
    return std::move(EcKeyPair::generate(Curve::P256).value());
}

QJsonObject jwksOf(const EcKeyPair &key, const QString &kid)
{
    return QJsonObject{{"keys"_L1, QJsonArray{publicJwk(key, kid)}}};
}
} // namespace

class JwsTest : public QObject
{
    Q_OBJECT
private slots:
    void verifiesStatementsSignedByAnotherImplementation_data()
    {
        QTest::addColumn<QString>("alg");
        for (const char *alg : {"RS256", "PS256", "ES256", "ES384"})
            QTest::newRow(alg) << QString::fromLatin1(alg);
    }
    void verifiesStatementsSignedByAnotherImplementation()
    {
        QFETCH(QString, alg);
        const QString jws = vector(alg);
        QVERIFY(!jws.isEmpty());
        Result<Jws> verified = verifyJws(jws, vectors().value("jwks"_L1).toObject());
        QVERIFY2(verified.ok(), qPrintable(verified.error()));
        QCOMPARE(verified->header.value("alg"_L1).toString(), alg);
        QCOMPARE(verified->payload, vectors().value("payload"_L1).toObject());
    }

    void aChangedPayloadOrSignatureIsRefused_data()
    {
        QTest::addColumn<QString>("alg");
        for (const char *alg : {"RS256", "ES256", "ES384"})
            QTest::newRow(alg) << QString::fromLatin1(alg);
    }
    void aChangedPayloadOrSignatureIsRefused()
    {
        QFETCH(QString, alg);
        const QStringList parts = vector(alg).split(u'.');
        QCOMPARE(parts.size(), 3);
        QJsonObject forged = vectors().value("payload"_L1).toObject();
        QJsonObject ti = forged.value("token_introspection"_L1).toObject();
        ti.insert("sub"_L1, u"acme-daniel-1002"_s);
        forged.insert("token_introspection"_L1, ti);
        const QJsonObject jwks = vectors().value("jwks"_L1).toObject();
        Result<Jws> changed = verifyJws(parts[0] + u'.' + part(forged) + u'.' + parts[2], jwks);
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().contains("signature"_L1), qPrintable(changed.error()));
        // One bit of the signature flipped.
        QByteArray sig = QByteArray::fromBase64(parts[2].toLatin1(), QByteArray::Base64UrlEncoding);
        sig[sig.size() / 2] = static_cast<char>(sig[sig.size() / 2] ^ 0x01);
        QVERIFY(!verifyJws(parts[0] + u'.' + parts[1] + u'.' + b64(sig), jwks).ok());
    }

    void signsAndVerifiesEs256()
    {
        const EcKeyPair key = p256();
        const QJsonObject payload{{"iss"_L1, "https://hub.example"_L1}, {"n"_L1, 1}};
        Result<QString> signed_ = signEs256(key, u"k1"_s, u"token-introspection+jwt"_s, payload);
        QVERIFY2(signed_.ok(), qPrintable(signed_.error()));
        Result<Jws> verified = verifyJws(signed_.value(), jwksOf(key, u"k1"_s));
        QVERIFY2(verified.ok(), qPrintable(verified.error()));
        QCOMPARE(verified->payload, payload);
        QCOMPARE(verified->header.value("typ"_L1).toString(), u"token-introspection+jwt"_s);
        QCOMPARE(verified->header.value("kid"_L1).toString(), u"k1"_s);
        // decodeJws reads the same without checking.
        Result<Jws> decoded = decodeJws(signed_.value());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->payload, payload);
        // ES256 needs P-256.
        QVERIFY(!signEs256(std::move(EcKeyPair::generate(Curve::P384).value()), u"k"_s, u"JWT"_s,
                           payload)
                     .ok());
    }

    void anotherKeyIsRefused()
    {
        const EcKeyPair signer = p256();
        const EcKeyPair other = p256();
        const QString jws = signEs256(signer, u"k1"_s, u"JWT"_s, {{"a"_L1, 1}}).value();
        // The same kid, another key (a provider's key replaced by the attacker's).
        Result<Jws> r = verifyJws(jws, jwksOf(other, u"k1"_s));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains("signature"_L1), qPrintable(r.error()));
        // A kid the provider does not publish.
        r = verifyJws(jws, jwksOf(signer, u"k2"_s));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains("k1"_L1), qPrintable(r.error()));
        // No keys at all.
        QVERIFY(!verifyJws(jws, QJsonObject{}).ok());
    }

    void unsignedAndSymmetricStatementsAreRefused_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("signature");
        QTest::newRow("none") << u"none"_s << QString();
        QTest::newRow("HS256") << u"HS256"_s << b64(QByteArray(32, 'x'));
        QTest::newRow("missing alg") << QString() << b64(QByteArray(64, 'x'));
        QTest::newRow("ES512") << u"ES512"_s << b64(QByteArray(132, 'x'));
    }
    void unsignedAndSymmetricStatementsAreRefused()
    {
        QFETCH(QString, alg);
        QFETCH(QString, signature);
        const EcKeyPair key = p256();
        QJsonObject header{{"typ"_L1, "JWT"_L1}, {"kid"_L1, "k1"_L1}};
        if (!alg.isEmpty())
            header.insert("alg"_L1, alg);
        const QString jws = part(header) + u'.' + part({{"sub"_L1, "x"_L1}}) + u'.' + signature;
        Result<Jws> r = verifyJws(jws, jwksOf(key, u"k1"_s));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains("algorithm"_L1), qPrintable(r.error()));
    }

    void aKeyForAnotherAlgorithmOrUseIsRefused()
    {
        const EcKeyPair key = p256();
        const QString jws = signEs256(key, u"k1"_s, u"JWT"_s, {{"a"_L1, 1}}).value();
        QJsonObject jwk = publicJwk(key, u"k1"_s);
        jwk.insert("use"_L1, "enc"_L1);
        QVERIFY(!verifyJws(jws, {{"keys"_L1, QJsonArray{jwk}}}).ok());
        jwk = publicJwk(key, u"k1"_s);
        jwk.insert("alg"_L1, "ES384"_L1);
        QVERIFY(!verifyJws(jws, {{"keys"_L1, QJsonArray{jwk}}}).ok());
        // A header that names no kid is checked against the only key of its type, not a guess
        // among several.
        QJsonObject header{{"alg"_L1, "ES256"_L1}};
        const QStringList parts = jws.split(u'.');
        const QString noKid = part(header) + u'.' + parts[1] + u'.' + parts[2];
        QVERIFY(!verifyJws(noKid, {{"keys"_L1,
                                    QJsonArray{publicJwk(key, u"a"_s), publicJwk(p256(), u"b"_s)}}})
                     .ok());
    }

    void criticalExtensionsAreRefused()
    {
        const EcKeyPair key = p256();
        QJsonObject header{
            {"alg"_L1, "ES256"_L1}, {"kid"_L1, "k1"_L1}, {"crit"_L1, QJsonArray{"exp"_L1}}};
        const QString jws = part(header) + u'.' + part({{"a"_L1, 1}}) + u'.' + b64("x");
        QVERIFY(!verifyJws(jws, jwksOf(key, u"k1"_s)).ok());
    }

    void malformedStatementsAreRefused_data()
    {
        QTest::addColumn<QString>("jws");
        QTest::newRow("empty") << QString();
        QTest::newRow("two parts") << u"eyJhbGciOiJFUzI1NiJ9.eyJhIjoxfQ"_s;
        QTest::newRow("four parts") << u"a.b.c.d"_s;
        QTest::newRow("padding") << u"eyJhbGciOiJFUzI1NiJ9=.eyJhIjoxfQ.c2ln"_s;
        QTest::newRow("not base64") << u"e*J.e*J.c2ln"_s;
        QTest::newRow("header not JSON") << b64("nope") + u".eyJhIjoxfQ.c2ln"_s;
        QTest::newRow("payload an array") << u"eyJhbGciOiJFUzI1NiJ9."_s + b64("[1]") + u".c2ln"_s;
        QTest::newRow("too long") << QString(70000, u'a') + u".b.c"_s;
    }
    void malformedStatementsAreRefused()
    {
        QFETCH(QString, jws);
        QVERIFY(!decodeJws(jws).ok());
        QVERIFY(!verifyJws(jws, vectors().value("jwks"_L1).toObject()).ok());
    }

    void shortRsaKeysAreRefused()
    {
        // The vectors' RS256 statement checked against a 1024-bit modulus (the real one, cut).
        QJsonObject jwks = vectors().value("jwks"_L1).toObject();
        QJsonArray keys = jwks.value("keys"_L1).toArray();
        QJsonObject rsa = keys.at(0).toObject();
        const QByteArray n = QByteArray::fromBase64(rsa.value("n"_L1).toString().toLatin1(),
                                                    QByteArray::Base64UrlEncoding);
        rsa.insert("n"_L1, b64(n.left(128)));
        keys.replace(0, rsa);
        jwks.insert("keys"_L1, keys);
        Result<Jws> r = verifyJws(vector(u"RS256"_s), jwks);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains("2048"_L1), qPrintable(r.error()));
    }
};

QTEST_GUILESS_MAIN(JwsTest)
#include "JwsTest.moc"
