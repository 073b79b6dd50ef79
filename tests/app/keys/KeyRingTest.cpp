#include "keys/KeyRing.h"
#include "Await.h"
#include "InMemorySecretStore.h"
#include "crypto/AppleTokenCipher.h"

#include <QTest>
#include <QTimeZone>

using namespace Signet;
using namespace Signet::Crypto;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Kind = KeyRing::KeyInfo::Kind;
using State = KeyRing::KeyInfo::State;

using Test::await;
using Test::awaitStatus;

class KeyRingTest : public QObject
{
    Q_OBJECT
private slots:
    void freshKeyPerRequestDecryptsItsAnswerAndIsDeletedAfterwards()
    {
        Test::InMemorySecretStore store;
        KeyRing ring(&store);
        QVERIFY(awaitStatus([&](auto done) { ring.open(done); }).ok());
        QVERIFY(ring.keys().isEmpty());

        Result<QString> publicKey =
            await<QString>([&](auto done) { ring.keyForRequest(u"req-1"_s, done); });
        QVERIFY2(publicKey.ok(), qPrintable(publicKey.error()));
        QCOMPARE(QByteArray::fromBase64(publicKey->toLatin1()).size(), 97); // P-384 point
        QVERIFY(store.items().contains(KeyRing::entryName(u"req-1"_s)));
        QVERIFY(store.items()
                    .value(KeyRing::entryName(u"req-1"_s))
                    .startsWith("-----BEGIN PRIVATE KEY-----"));
        Result<QString> second =
            await<QString>([&](auto done) { ring.keyForRequest(u"req-2"_s, done); });
        QVERIFY(second.value() != publicKey.value());
        QVERIFY(!await<QString>([&](auto done) {
                     ring.keyForRequest(u"req-1"_s, done);
                 }).ok()); // one key per request

        // The customer's side encrypts to it; the desk decrypts with the key from the ring.
        const QByteArray token =
            AppleTokenCipher::encrypt(publicKey.value(), "access-token").value();
        Result<EcKeyPair> key =
            await<EcKeyPair>([&](auto done) { ring.privateKeyForRequest(u"req-1"_s, done); });
        QVERIFY2(key.ok(), qPrintable(key.error()));
        QVERIFY(AppleTokenCipher::decrypt(key.value(), token)->constantTimeEquals("access-token"));

        QVERIFY(awaitStatus([&](auto done) { ring.requestEnded(u"req-1"_s, done); }).ok());
        QVERIFY(!store.items().contains(KeyRing::entryName(u"req-1"_s)));
        QVERIFY(!ring.key(u"req-1"_s));
        Result<EcKeyPair> gone =
            await<EcKeyPair>([&](auto done) { ring.privateKeyForRequest(u"req-1"_s, done); });
        QVERIFY(gone.error().contains(u"answered or expired"_s));
        QVERIFY(awaitStatus([&](auto done) {
                    ring.requestEnded(u"req-1"_s, done);
                }).ok()); // idempotent

        // The index survives a restart of the desk.
        KeyRing reopened(&store);
        QVERIFY(awaitStatus([&](auto done) { reopened.open(done); }).ok());
        QCOMPARE(reopened.keys().size(), 1);
        QCOMPARE(reopened.keys().first().id, u"req-2"_s);
        QCOMPARE(reopened.keys().first().publicKey, second.value());
    }

    void staleKeysAreSweptAtStartUp()
    {
        Test::InMemorySecretStore store;
        QDateTime clock = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
        KeyRing ring(&store);
        ring.setClock([&clock] { return clock; });
        QVERIFY(awaitStatus([&](auto done) { ring.open(done); }).ok());
        QVERIFY(await<QString>([&](auto done) { ring.keyForRequest(u"old"_s, done); }).ok());
        clock = clock.addSecs(3 * 3600);
        QVERIFY(await<QString>([&](auto done) { ring.keyForRequest(u"new"_s, done); }).ok());
        clock = clock.addSecs(60);
        Result<int> swept = await<int>([&](auto done) { ring.sweepStale(1h, done); });
        QCOMPARE(swept.value(), 1);
        QVERIFY(!store.items().contains(KeyRing::entryName(u"old"_s)));
        QVERIFY(store.items().contains(KeyRing::entryName(u"new"_s)));
        QCOMPARE(ring.keys().size(), 1);
    }

    void brandKeyRotationKeepsThePreviousKeyUntilItsRequestsEnd()
    {
        Test::InMemorySecretStore store;
        KeyRing ring(&store);
        QVERIFY(awaitStatus([&](auto done) { ring.open(done); }).ok());
        Result<KeyRing::KeyInfo> first =
            await<KeyRing::KeyInfo>([&](auto done) { ring.generateBrandKey(Curve::P384, done); });
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->kind, Kind::Brand);
        QVERIFY(
            !await<KeyRing::KeyInfo>([&](auto done) { ring.generateBrandKey(Curve::P384, done); })
                 .error()
                 .isEmpty());

        // With a brand key, every request is encrypted to it.
        QCOMPARE(await<QString>([&](auto done) { ring.keyForRequest(u"r1"_s, done); }).value(),
                 first->publicKey);
        QCOMPARE(await<QString>([&](auto done) { ring.keyForRequest(u"r2"_s, done); }).value(),
                 first->publicKey);
        const QByteArray token = AppleTokenCipher::encrypt(first->publicKey, "for r1").value();

        Result<KeyRing::KeyInfo> second = await<KeyRing::KeyInfo>(
            [&](auto done) { ring.rotateBrandKey(Curve::P384, SecretBytes(), done); });
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(ring.activeBrandKey()->id, second->id);
        QCOMPARE(ring.key(first->id)->state, State::Retiring);
        QCOMPARE(await<QString>([&](auto done) { ring.keyForRequest(u"r3"_s, done); }).value(),
                 second->publicKey);

        // r1's answer still decrypts with the retiring key.
        Result<EcKeyPair> oldKey =
            await<EcKeyPair>([&](auto done) { ring.privateKeyForRequest(u"r1"_s, done); });
        QVERIFY(AppleTokenCipher::decrypt(oldKey.value(), token)->constantTimeEquals("for r1"));
        // Deleting a key that pending requests need is refused without force.
        QVERIFY(awaitStatus([&](auto done) { ring.deleteKey(first->id, false, done); })
                    .error()
                    .contains(u"--force"_s));

        QVERIFY(awaitStatus([&](auto done) { ring.requestEnded(u"r1"_s, done); }).ok());
        QVERIFY(ring.key(first->id)); // r2 still waits
        QVERIFY(awaitStatus([&](auto done) { ring.requestEnded(u"r2"_s, done); }).ok());
        QVERIFY(!ring.key(first->id)); // its last request ended: gone
        QVERIFY(!store.items().contains(KeyRing::entryName(first->id)));
        QVERIFY(ring.key(second->id)); // the active key stays
    }

    void importedBrandKeyKeepsItsPublicKey()
    {
        Test::InMemorySecretStore store;
        KeyRing ring(&store);
        QVERIFY(awaitStatus([&](auto done) { ring.open(done); }).ok());
        Result<EcKeyPair> external = EcKeyPair::generate(Curve::P256);
        Result<KeyRing::KeyInfo> imported = await<KeyRing::KeyInfo>(
            [&](auto done) { ring.importBrandKey(external->toPkcs8Pem(), done); });
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->publicKey, external->publicKeyBase64());
        QCOMPARE(imported->curve, Curve::P256);
        QVERIFY(!await<KeyRing::KeyInfo>([&](auto done) {
                     ring.rotateBrandKey(Curve::P384, SecretBytes::copyOf("junk"), done);
                 }).ok());
        Result<EcKeyPair> loaded =
            await<EcKeyPair>([&](auto done) { ring.loadKey(imported->id, done); });
        QCOMPARE(loaded->publicPoint(), external->publicPoint());
        QVERIFY(awaitStatus([&](auto done) { ring.deleteKey(imported->id, false, done); }).ok());
        QVERIFY(ring.keys().isEmpty());
    }

    void anUnavailableKeychainRefusesEverythingWithItsReason()
    {
        Test::InMemorySecretStore store;
        store.setFailure(
            u"No keychain is available: install and unlock GNOME Keyring or KWallet."_s);
        KeyRing ring(&store);
        Status opened = awaitStatus([&](auto done) { ring.open(done); });
        QVERIFY(!opened.ok());
        QVERIFY(ring.unavailableReason().contains(u"No keychain"_s));
        Result<QString> refused =
            await<QString>([&](auto done) { ring.keyForRequest(u"r"_s, done); });
        QVERIFY(refused.error().contains(u"No keychain"_s));
        QVERIFY(store.items().isEmpty());
    }

    void aDamagedIndexIsReportedNotIgnored()
    {
        Test::InMemorySecretStore store;
        store.write(KeyRing::kIndexEntry, SecretBytes::copyOf("{not json"), {});
        QTest::qWait(10);
        KeyRing ring(&store);
        Status opened = awaitStatus([&](auto done) { ring.open(done); });
        QVERIFY(opened.error().contains(u"damaged"_s));
        QVERIFY(!ring.isOpen());
    }
};

QTEST_GUILESS_MAIN(KeyRingTest)
#include "KeyRingTest.moc"
