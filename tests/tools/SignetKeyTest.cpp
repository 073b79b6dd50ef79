// signet-key as an administrator uses it, against the real Secret Service (gnome-keyring on a
// private D-Bus session, tests/support/with-keyring.sh), and with no keychain at all.
#include "crypto/AppleTokenCipher.h"
#include "keys/KeyRing.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Signet;
using namespace Signet::Crypto;
using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
};

Run signetKey(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(SIGNET_KEY_BINARY), args);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.json = QJsonDocument::fromJson(run.out.trimmed().split('\n').last()).object();
    return run;
}

QStringList filesUnderHomeContaining(const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (!needle.isEmpty() && content.contains(needle))
                hits << file.fileName();
        }
    }
    return hits;
}
} // namespace

class SignetKeyTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("HOME").contains(u"signet-keyring"_s),
                 "run through tests/support/with-keyring.sh (./dev.sh test does)");
    }

    void administerBrandKeysOnTheRealKeychain()
    {
        if (qEnvironmentVariableIsSet("SIGNET_EXPECT_NO_KEYCHAIN"))
            QSKIP("no session bus in this mode");
        QCOMPARE(signetKey({u"--json"_s, u"list"_s}).json.value("keys"_L1).toArray().size(), 0);

        Run generated = signetKey({u"--json"_s, u"generate"_s});
        QCOMPARE(generated.exitCode, 0);
        const QString id = generated.json.value("id"_L1).toString();
        const QString publicKey = generated.json.value("publicKey"_L1).toString();
        QVERIFY(id.startsWith(u"brand-"_s));
        QCOMPARE(QByteArray::fromBase64(publicKey.toLatin1()).size(), 97);
        QCOMPARE(generated.json.value("curve"_L1).toString(), u"P-384"_s);

        // The Secret Service holds the private key (found by an independent client).
        QProcess lookup;
        lookup.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"Signet"_s});
        QVERIFY(lookup.waitForFinished(20000));
        QVERIFY2(QByteArray(lookup.readAllStandardOutput() + lookup.readAllStandardError())
                     .contains(KeyRing::entryName(id).toUtf8()),
                 "no keychain item for the key");

        Run again = signetKey({u"--json"_s, u"generate"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.json.value("error"_L1).toString().contains(u"rotate"_s));
        Run shown = signetKey({u"show-public"_s, id});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QString::fromLatin1(shown.out.trimmed()), publicKey);

        // decrypt: a verdict and a length by default, the plaintext only with --reveal.
        const QByteArray token =
            AppleTokenCipher::encrypt(publicKey, "customer-access-token-77").value();
        Run checked = signetKey(
            {u"--json"_s, u"decrypt"_s, u"--key"_s, id, u"--token"_s, QString::fromLatin1(token)});
        QCOMPARE(checked.exitCode, 0);
        QCOMPARE(checked.json.value("length"_L1).toInt(), 24);
        QVERIFY(!checked.out.contains("customer-access-token-77"));
        Run revealed =
            signetKey({u"decrypt"_s, u"--key"_s, id, u"--token"_s, u"-"_s, u"--reveal"_s}, token);
        QCOMPARE(revealed.exitCode, 0);
        QCOMPARE(revealed.out.trimmed(), QByteArray("customer-access-token-77"));
        QByteArray tampered = QByteArray::fromBase64(token);
        tampered[tampered.size() - 3] = static_cast<char>(tampered[tampered.size() - 3] ^ 1);
        Run refused = signetKey({u"--json"_s, u"decrypt"_s, u"--key"_s, id, u"--token"_s,
                                 QString::fromLatin1(tampered.toBase64())});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.json.value("error"_L1).toString().contains(u"tampered"_s));

        // Rotate to an imported key (PEM on stdin); the old one had no requests and is gone.
        Result<EcKeyPair> external = EcKeyPair::generate(Curve::P256);
        const QByteArray pem = external->toPkcs8Pem().toByteArrayCopy();
        const QByteArray scalar = external->privateScalar().toByteArrayCopy();
        Run rotated = signetKey({u"--json"_s, u"rotate"_s, u"--file"_s, u"-"_s}, pem);
        QCOMPARE(rotated.exitCode, 0);
        QCOMPARE(rotated.json.value("publicKey"_L1).toString(), external->publicKeyBase64());
        const QJsonArray keys = signetKey({u"--json"_s, u"list"_s}).json.value("keys"_L1).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().toObject().value("curve"_L1).toString(), u"P-256"_s);

        // No private key byte reaches a file under HOME (the keyring file is encrypted).
        const QByteArray pemBody = pem.split('\n').value(1);
        QVERIFY2(filesUnderHomeContaining({scalar, scalar.toBase64(), pemBody}).isEmpty(),
                 qPrintable(
                     filesUnderHomeContaining({scalar, scalar.toBase64(), pemBody}).join(u", "_s)));

        const QString newId = rotated.json.value("id"_L1).toString();
        QCOMPARE(signetKey({u"delete"_s, newId}).exitCode, 0);
        QCOMPARE(signetKey({u"--json"_s, u"list"_s}).json.value("keys"_L1).toArray().size(), 0);
        QCOMPARE(signetKey({u"delete"_s, newId}).exitCode, 1);
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(signetKey({}).exitCode, 2);
        QCOMPARE(signetKey({u"explode"_s}).exitCode, 2);
        QCOMPARE(signetKey({u"show-public"_s}).exitCode, 2);
        QCOMPARE(signetKey({u"decrypt"_s, u"--key"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(signetKey({u"generate"_s, u"--curve"_s, u"p521"_s}).exitCode, 2);
        QCOMPARE(signetKey({u"--bogus"_s}).exitCode, 2);
        Run help = signetKey({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("show-public"));
    }

    void withoutAKeychainItSaysSoAndExitsWithThree()
    {
        if (!qEnvironmentVariableIsSet("SIGNET_EXPECT_NO_KEYCHAIN"))
            QSKIP("runs in the no-keychain mode");
        Run run = signetKey({u"--json"_s, u"generate"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.json.value("error"_L1).toString().startsWith(u"No keychain is available"_s),
                 run.out.constData());
        QVERIFY(QDir(QDir::homePath())
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .size() <= 1);
    }
};

QTEST_GUILESS_MAIN(SignetKeyTest)
#include "SignetKeyTest.moc"
