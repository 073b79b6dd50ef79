// The encrypting side (what signet-hub does in Apple's place) checked by an independent decryptor:
// tests/crypto/decrypt_tokens.py with Debian's python3-cryptography.
#include "crypto/AppleTokenCipher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Signet;
using namespace Signet::Crypto;
using namespace Qt::StringLiterals;

class AppleTokenCipherInteropTest : public QObject
{
    Q_OBJECT
private slots:
    void pythonDecryptsWhatSignetEncrypts()
    {
        QJsonArray requests;
        QList<QByteArray> plaintexts;
        for (Curve curve : {Curve::P384, Curve::P256}) {
            for (const QByteArray &plaintext :
                 {QByteArray("eyJhbGciOi.J9.sig"), QByteArray("Zugang für Maya ✓"),
                  QByteArray(3000, 'q')}) {
                Result<EcKeyPair> key = EcKeyPair::generate(curve);
                Result<QByteArray> token =
                    AppleTokenCipher::encrypt(key->publicKeyBase64(), plaintext);
                QVERIFY2(token.ok(), qPrintable(token.error()));
                requests.append(
                    QJsonObject{{"curve"_L1, curveName(curve)},
                                {"privateScalar"_L1,
                                 QString::fromLatin1(key->privateScalarBase64().toByteArrayCopy())},
                                {"token"_L1, QString::fromLatin1(token.value())}});
                plaintexts.append(plaintext);
            }
        }
        // A tampered token must fail there too (the checker is not a rubber stamp).
        QJsonObject tampered = requests.first().toObject();
        QByteArray raw = QByteArray::fromBase64(tampered.value("token"_L1).toString().toLatin1());
        raw[raw.size() - 1] = static_cast<char>(raw[raw.size() - 1] ^ 1);
        tampered.insert("token"_L1, QString::fromLatin1(raw.toBase64()));
        requests.append(tampered);

        QProcess python;
        python.start(u"/usr/bin/python3"_s,
                     {QStringLiteral(SIGNET_SOURCE_DIR "/tests/crypto/decrypt_tokens.py")});
        QVERIFY2(python.waitForStarted(), "needs /usr/bin/python3 (Debian's python3-cryptography)");
        python.write(QJsonDocument(requests).toJson());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonArray results = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(results.size(), requests.size());
        for (int i = 0; i < plaintexts.size(); ++i) {
            const QJsonObject r = results.at(i).toObject();
            QVERIFY2(!r.contains("error"_L1), qPrintable(r.value("error"_L1).toString()));
            QCOMPARE(QByteArray::fromBase64(r.value("plaintext"_L1).toString().toLatin1()),
                     plaintexts.at(i));
        }
        QVERIFY(results.last().toObject().value("error"_L1).toString().contains(u"InvalidTag"_s));
    }
};

QTEST_GUILESS_MAIN(AppleTokenCipherInteropTest)
#include "AppleTokenCipherInteropTest.moc"
