// Against the real Secret Service: gnome-keyring under dbus-run-session, started by
// tests/support/with-keyring.sh with a throwaway HOME. The second mode runs with no session bus
// at all and checks that the store refuses, clearly, and writes nothing anywhere.
#include "keys/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Signet;
using Signet::Crypto::SecretBytes;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 20000;

bool noKeychainMode()
{
    return qEnvironmentVariableIsSet("SIGNET_EXPECT_NO_KEYCHAIN");
}

// Every file under HOME that contains needle.
QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.size() < 50 * 1024 * 1024 && file.open(QIODevice::ReadOnly) &&
            file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}
} // namespace

class KeychainSecretStoreTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Never touch a developer's real keychain or home.
        QVERIFY2(qEnvironmentVariable("HOME").contains(u"signet-keyring"_s),
                 "run through tests/support/with-keyring.sh (./dev.sh test does)");
    }

    void writeReadDeleteOnTheRealKeychain()
    {
        if (noKeychainMode())
            QSKIP("no session bus in this mode");
        KeychainSecretStore store(u"SignetTest"_s);
        const QByteArray secret =
            "p4ss-\x01\x02-word-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        std::optional<Status> written;
        store.write(u"password:ana@test"_s, SecretBytes::copyOf(secret),
                    [&written](const Status &s) { written = s; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kWait);
        QVERIFY2(written->ok(), qPrintable(written->error()));

        std::optional<QByteArray> read;
        QString readError;
        int readCode = 0;
        auto reader = [&](Result<SecretBytes> r) {
            read = r ? r->toByteArrayCopy() : QByteArray();
            readError = r.error();
            readCode = r.errorCode();
        };
        store.read(u"password:ana@test"_s, reader);
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), kWait);
        QVERIFY2(readError.isEmpty(), qPrintable(readError));
        QCOMPARE(read.value(), secret);

        // The Secret Service itself confirms the item exists (independent client: secret-tool).
        QProcess lookup;
        lookup.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"SignetTest"_s});
        QVERIFY(lookup.waitForFinished(kWait));
        const QByteArray listing = lookup.readAllStandardOutput() + lookup.readAllStandardError();
        QVERIFY2(listing.contains("password:ana@test"), listing.constData());

        // The keyring on disk is encrypted: the secret is in no file under HOME.
        QVERIFY2(filesContaining(secret).isEmpty(),
                 qPrintable(filesContaining(secret).join(u", "_s)));

        std::optional<Status> removed;
        store.remove(u"password:ana@test"_s, [&removed](const Status &s) { removed = s; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), kWait);
        QVERIFY(removed->ok());
        read.reset();
        store.read(u"password:ana@test"_s, reader);
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), kWait);
        QVERIFY(readError.contains(u"no such entry"_s));
        QCOMPARE(readCode, SecretStore::kNotFound);
    }

    void queuedJobsRunInOrder()
    {
        if (noKeychainMode())
            QSKIP("no session bus in this mode");
        KeychainSecretStore store(u"SignetTest"_s);
        QStringList order;
        store.write(u"k"_s, SecretBytes::copyOf("one"),
                    [&order](const Status &s) { order << (s ? u"w1"_s : s.error()); });
        store.write(u"k"_s, SecretBytes::copyOf("two"),
                    [&order](const Status &s) { order << (s ? u"w2"_s : s.error()); });
        store.read(u"k"_s, [&order](Result<SecretBytes> r) {
            order << (r ? QString::fromLatin1(r->view()) : r.error());
        });
        store.remove(u"k"_s, [&order](const Status &s) { order << (s ? u"rm"_s : s.error()); });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, kWait);
        QCOMPARE(order, (QStringList{u"w1"_s, u"w2"_s, u"two"_s, u"rm"_s}));
    }

    void errorsReadAsAdvice()
    {
        // What QtKeychain's Secret Service backend reports, mapped to what a person can do.
        QVERIFY(KeychainSecretStore::describeError(
                    QKeychain::OtherError, u"Could not connect: No such file or directory"_s)
                    .startsWith(u"No keychain is available"_s));
        QVERIFY(KeychainSecretStore::describeError(
                    QKeychain::OtherError, u"Cannot create an item in a locked collection"_s)
                    .startsWith(u"The keychain is locked"_s));
        QVERIFY(KeychainSecretStore::describeError(QKeychain::OtherError, u"something else"_s)
                    .contains(u"something else"_s));
        QVERIFY(KeychainSecretStore::describeError(QKeychain::AccessDeniedByUser, QString())
                    .contains(u"denied"_s));
        QVERIFY(KeychainSecretStore::describeError(QKeychain::NoBackendAvailable, QString())
                    .startsWith(u"No keychain"_s));
    }

    void withoutASecretServiceNothingIsWrittenAnywhere()
    {
        if (!noKeychainMode())
            QSKIP("runs in the no-keychain mode");
        KeychainSecretStore store(u"SignetTest"_s);
        const QByteArray secret =
            "never-on-disk-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        std::optional<Status> written;
        store.write(u"password:ana@test"_s, SecretBytes::copyOf(secret),
                    [&written](const Status &s) { written = s; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kWait);
        QVERIFY(!written->ok());
        QVERIFY2(written->error().contains(u"keychain"_s, Qt::CaseInsensitive),
                 qPrintable(written->error()));
        QVERIFY(filesContaining(secret).isEmpty());
    }
};

QTEST_GUILESS_MAIN(KeychainSecretStoreTest)
#include "KeychainSecretStoreTest.moc"
