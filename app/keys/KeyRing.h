#pragma once

#include "Result.h"
#include "crypto/EcKeyPair.h"
#include "keys/SecretStore.h"

#include <QDateTime>
#include <QObject>
#include <QQueue>

#include <chrono>
#include <functional>
#include <optional>

namespace Signet {

// The lifecycle of the private keys that sign-in tokens are encrypted to.
//
// By default every sign-in request gets a fresh P-384 key pair: the private key goes to the OS
// keychain under the request's identifier and is deleted when the request is answered, cancelled
// or expired; keys left behind (a crash, a closed desk) are swept at start-up. A platform that
// needs one fixed key can instead use a long-lived *brand key* (generated or imported by an
// administrator); rotation makes a new brand key active and keeps the previous one, retiring,
// until every request sent with it has ended.
//
// What keys exist is kept in an index, itself a keychain entry (public data, but it belongs with
// the keys it describes). Operations run one at a time.
class KeyRing : public QObject
{
    Q_OBJECT
public:
    struct KeyInfo
    {
        enum class Kind { Request, Brand };
        enum class State { Active, Retiring };
        QString id;
        Kind kind = Kind::Request;
        State state = State::Active;
        Crypto::Curve curve = Crypto::Curve::P384;
        QDateTime created;
        QString publicKey; // Base64 uncompressed point
        QString fingerprint;
        struct Pending
        {
            QString requestId;
            QDateTime sent;
        };
        QList<Pending> requests; // brand keys: requests sent with this key that have not ended
        bool servesRequest(const QString &requestId) const;
    };

    template<typename T> using Callback = std::function<void(Result<T>)>;
    using Finished = std::function<void(const Status &)>;

    explicit KeyRing(SecretStore *store, QObject *parent = nullptr);

    // For tests: the time source (UTC).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Loads the index. Until it has succeeded every other operation fails with its reason.
    void open(Finished done);
    bool isOpen() const { return m_open; }
    QString unavailableReason() const { return m_unavailable; }
    const QList<KeyInfo> &keys() const { return m_keys; }
    std::optional<KeyInfo> key(const QString &id) const;
    std::optional<KeyInfo> activeBrandKey() const;

    // Sign-in requests. Gives the responseEncryptionKey for a new request.
    void keyForRequest(const QString &requestId, Callback<QString> done);
    // The private key that decrypts the answer to a request.
    void privateKeyForRequest(const QString &requestId, Callback<Crypto::EcKeyPair> done);
    void requestEnded(const QString &requestId, Finished done);
    // Deletes request keys older than maxAge (and forgets brand-key requests older than that).
    // Gives how many keys were deleted.
    void sweepStale(std::chrono::seconds maxAge, Callback<int> done);

    // Administration (signet-key).
    void generateBrandKey(Crypto::Curve curve, Callback<KeyInfo> done);
    void importBrandKey(const Crypto::SecretBytes &privateKeyText, Callback<KeyInfo> done);
    // Makes a new brand key active (generated, or imported when privateKeyText is not empty).
    void rotateBrandKey(Crypto::Curve curve, const Crypto::SecretBytes &privateKeyText,
                        Callback<KeyInfo> done);
    // Refuses a brand key that pending requests still need, unless force is set.
    void deleteKey(const QString &id, bool force, Finished done);
    void loadKey(const QString &id, Callback<Crypto::EcKeyPair> done);

    static QString entryName(const QString &keyId) { return QStringLiteral("key:") + keyId; }
    static inline const QString kIndexEntry = QStringLiteral("keyring-index");

private:
    using Step = std::function<void(std::function<void()> finish)>;
    void enqueue(Step step);
    void runNext();
    // Queues an operation that needs the open key ring. body gets reply(), which answers the
    // caller and lets the next operation run; a closed ring answers with its reason instead.
    template<typename T>
    void whenOpen(std::function<void(Result<T>)> done,
                  std::function<void(std::function<void(Result<T>)>)> body);
    void saveIndex(std::function<void(const Status &)> then);
    void storeNewKey(const Crypto::EcKeyPair &pair, KeyInfo info,
                     std::function<void(Result<KeyInfo>)> then);
    void addBrandKey(Result<Crypto::EcKeyPair> pair, bool rotate, Callback<KeyInfo> done);
    // Removes keychain entries one after another, then the ids from the index, then saves it.
    void removeKeys(QStringList ids, std::function<void(const Status &)> then);
    int indexOf(const QString &id) const;
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    QByteArray serializeIndex() const;
    Status parseIndex(const QByteArray &json);

    SecretStore *m_store;
    std::function<QDateTime()> m_clock;
    QList<KeyInfo> m_keys;
    bool m_open = false;
    QString m_unavailable;
    QQueue<Step> m_steps;
    bool m_running = false;
};

} // namespace Signet
