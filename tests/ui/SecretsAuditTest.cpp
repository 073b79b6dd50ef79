// The secrets audit: after a whole signed-in session on the desk — a conversation accepted, a
// sign-in requested, the customer signing in on the login page, the token decrypted and verified,
// the identity reported — no file the desk (or its built-in hub) wrote under its configuration,
// data, state and cache directories, and no log line at any level, holds a request's private key
// (in any encoding), an access token, or the customer's password.
#include "Await.h"
#include "DemoDesk.h"
#include "HubServer.h"
#include "MainWindow.h"
#include "auth/AuthTracker.h"
#include "auth/BrandPreset.h"
#include "auth/SignInService.h"
#include "conversation/DeskSession.h"
#include "crypto/EcKeyPair.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Signet;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 20000;

QStringList g_log;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}

// Every file under the folders, whole.
QHash<QString, QByteArray> filesUnder(const QStringList &folders)
{
    QHash<QString, QByteArray> files;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                files.insert(file.fileName(), file.readAll());
        }
    }
    return files;
}

// What would give a secret away, in each form it could take: raw, hex, Base64 (also URL-safe),
// and each line of a PEM body.
QList<QByteArray> formsOf(const QByteArray &secret)
{
    QList<QByteArray> forms{
        secret, secret.toHex(), secret.toHex().toUpper(), secret.toBase64(),
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
    if (secret.startsWith("-----BEGIN")) {
        for (const QByteArray &line : secret.split('\n')) {
            if (!line.startsWith("-----") && line.size() >= 16)
                forms << line;
        }
    }
    return forms;
}

// Where a needle shows up: file names and log lines (empty: nowhere).
QStringList whereFound(const QByteArray &needle, const QHash<QString, QByteArray> &files)
{
    QStringList found;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.value().contains(needle))
            found << it.key();
    }
    for (const QString &line : std::as_const(g_log)) {
        if (line.toUtf8().contains(needle))
            found << u"log: "_s + line.left(200);
    }
    return found;
}
} // namespace

class SecretsAuditTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                              QStandardPaths::CacheLocation})
            QDir(QStandardPaths::writableLocation(location)).removeRecursively();
        // Every category at every level: a secret in a debug line counts too.
        QLoggingCategory::setFilterRules(u"*.debug=true\nqt.*.debug=false"_s);
        qInstallMessageHandler(capture);
    }

    void cleanupTestCase() { qInstallMessageHandler(nullptr); }

    void theScanFindsWhatIsThere()
    {
        // The audit below is only worth something if its scan finds a planted secret.
        QTemporaryDir dir;
        QFile planted(dir.filePath(u"leak.txt"_s));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("prefix " + QByteArray("s3cr3t-value").toBase64() + " suffix");
        planted.close();
        QVERIFY(
            !whereFound(QByteArray("s3cr3t-value").toBase64(), filesUnder({dir.path()})).isEmpty());
        g_log << u"test a line with s3cr3t-value"_s;
        QVERIFY(!whereFound("s3cr3t-value", {}).isEmpty());
        g_log.clear();
    }

    void aSignedInSessionLeavesNoSecretBehind()
    {
        QStringList tokens;
        QList<QByteArray> keys;
        Test::DemoDesk demo(0.02, true); // the demo customers sign in by themselves
        {
            QVERIFY(demo.start());
            DeskApp &desk = *demo.desk;
            MainWindow *window = demo.window();
            QTRY_VERIFY_WITH_TIMEOUT(
                window->session() && window->session()->conversations()->rowCount() >= 1, kWait);
            QTRY_VERIFY_WITH_TIMEOUT(desk.keyRing()->isOpen(), kWait);
            const QString maya = window->session()->conversations()->itemAt(0).details.convId;
            QVERIFY(
                Test::awaitStatus([&](auto done) { window->session()->accept(maya, done); }, kWait)
                    .ok());
            window->session()->sendText(maya, u"Let me check that order for you."_s);
            std::optional<Result<QString>> sent;
            desk.signIn()->send(maya, Auth::BrandPreset::builtIn().draft,
                                [&sent](Result<QString> r) { sent = r; });
            QTRY_VERIFY_WITH_TIMEOUT(sent.has_value(), kWait);
            QVERIFY2(sent->ok(), qPrintable(sent->error()));
            QTRY_COMPARE_WITH_TIMEOUT(desk.authTracker()->request(sent->value())->state,
                                      Auth::AuthTracker::State::Succeeded, kWait);
            // The hub recorded who she is (the identity, reported by the desk).
            QTRY_VERIFY_WITH_TIMEOUT(
                !desk.embeddedHub()->store().conversation(maya)->verifiedIdentity.isEmpty(), kWait);
            tokens = desk.embeddedHub()->oauth().issuedAccessTokens();
            for (const QByteArray &written : demo.secrets.everWritten()) {
                if (written.startsWith("-----BEGIN"))
                    keys << written;
            }
        }
        demo.desk.reset(); // the desk and its hub stop and write what they keep

        QVERIFY2(!tokens.isEmpty(), "the session issued no access token to look for");
        QVERIFY2(!keys.isEmpty(), "the session stored no private key to look for");
        QList<QByteArray> needles;
        for (const QString &token : std::as_const(tokens))
            needles << formsOf(token.toUtf8());
        for (const QByteArray &pem : std::as_const(keys)) {
            needles << formsOf(pem);
            Result<Crypto::EcKeyPair> pair =
                Crypto::EcKeyPair::fromPem(Crypto::SecretBytes::copyOf(pem));
            QVERIFY(pair.ok());
            needles << formsOf(pair->privateScalar().toByteArrayCopy());
        }
        needles << formsOf("maya-demo-pass"); // what the customer typed on the login page

        const QHash<QString, QByteArray> files = filesUnder(
            {demo.dir.path(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
             QStandardPaths::writableLocation(QStandardPaths::CacheLocation)});
        QVERIFY2(files.size() >= 3, "the desk wrote less than expected: is the scan looking in "
                                    "the right places?");
        QVERIFY2(!g_log.isEmpty(), "no log line was captured");
        for (const QByteArray &needle : std::as_const(needles)) {
            const QStringList found = whereFound(needle, files);
            QVERIFY2(found.isEmpty(),
                     qPrintable(u"a secret (%1…) is in %2"_s.arg(
                         QString::fromLatin1(needle.left(6).toHex()), found.join(u", "_s))));
        }
    }
};

QTEST_MAIN(SecretsAuditTest)
#include "SecretsAuditTest.moc"
