#pragma once

#include "keys/SecretStore.h"

#include <QQueue>

#include <functional>

namespace Signet {

// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). Jobs run one at a time from a queue — never nested, never
// deleted while running (QtKeychain deletes them itself) — and there is no plaintext fallback:
// without a working keychain every call fails with a reason a person can act on.
// QtKeychain takes QByteArray: the copy handed to a job is wiped when the job finishes, but what
// the platform library copies internally is beyond reach (docs/security notes in the README).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Signet"),
                                 QObject *parent = nullptr);

    void write(const QString &key, const Crypto::SecretBytes &secret, Finished done) override;
    void read(const QString &key, Loaded done) override;
    void remove(const QString &key, Finished done) override;

    // The message for a QtKeychain error code (QKeychain::Error as int), for the UI.
    static QString describeError(int code, const QString &detail);

private:
    void enqueue(std::function<void()> job);
    void next();

    QString m_service;
    QQueue<std::function<void()>> m_queue;
    bool m_running = false;
};

} // namespace Signet
