#include "keys/KeychainSecretStore.h"

#include "logging/Logging.h"

#include <qt6keychain/keychain.h>

#include <openssl/crypto.h>

namespace Signet {

using namespace Qt::StringLiterals;

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

QString KeychainSecretStore::describeError(int code, const QString &detail)
{
    switch (static_cast<QKeychain::Error>(code)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return tr("The keychain has no such entry.");
    case QKeychain::CouldNotDeleteEntry:
        return tr("The keychain entry could not be deleted: %1").arg(detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr(
            "Access to the keychain was denied. Unlock your keyring and allow Signet to use it.");
    case QKeychain::NoBackendAvailable:
        return tr("No keychain is available: install and unlock GNOME Keyring or KWallet (a Secret "
                  "Service "
                  "provider), then try again.");
    case QKeychain::NotImplemented:
        return tr("This system's keychain does not support the operation.");
    case QKeychain::OtherError:
        break;
    }
    // The Secret Service backend reports a missing or unreachable service as a generic error.
    static const char *const unreachable[] = {"Could not connect",
                                              "ServiceUnknown",
                                              "not provided by any .service",
                                              "Cannot autolaunch",
                                              "org.freedesktop.DBus.Error.NoServer",
                                              "Not connected to D-Bus"};
    for (const char *marker : unreachable) {
        if (detail.contains(QLatin1StringView(marker), Qt::CaseInsensitive))
            return describeError(QKeychain::NoBackendAvailable, detail);
    }
    if (detail.contains(QLatin1StringView("locked"), Qt::CaseInsensitive))
        return tr("The keychain is locked: unlock your keyring (GNOME Keyring or KWallet) and try "
                  "again.");
    return tr("The keychain reported an error: %1").arg(detail);
}

void KeychainSecretStore::enqueue(std::function<void()> job)
{
    m_queue.enqueue(std::move(job));
    if (!m_running)
        next();
}

void KeychainSecretStore::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        return;
    }
    m_running = true;
    m_queue.dequeue()();
}

void KeychainSecretStore::write(const QString &key, const Crypto::SecretBytes &secret,
                                Finished done)
{
    QByteArray copy = secret.toByteArrayCopy();
    enqueue([this, key, copy, done = std::move(done)] {
        auto *job = new QKeychain::WritePasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        job->setBinaryData(copy);
        connect(job, &QKeychain::Job::finished, this, [this, copy, done](QKeychain::Job *finished) {
            // The job is done with the bytes it shares with copy: wipe the buffer in place
            // (without detaching, which would only wipe a fresh copy).
            if (!copy.isEmpty())
                OPENSSL_cleanse(const_cast<char *>(copy.constData()),
                                static_cast<size_t>(copy.size()));
            const Status status =
                finished->error() == QKeychain::NoError
                    ? Status(Done{})
                    : Status(fail(describeError(finished->error(), finished->errorString())));
            if (!status)
                qCWarning(lcKeys) << "keychain write failed:" << status.error();
            if (done)
                done(status);
            next();
        });
        job->start();
    });
}

void KeychainSecretStore::read(const QString &key, Loaded done)
{
    enqueue([this, key, done = std::move(done)] {
        auto *job = new QKeychain::ReadPasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
            if (done) {
                if (finished->error() == QKeychain::NoError) {
                    // Copy out, then wipe the job's buffer in place (no detach).
                    const QByteArray shared = readJob->binaryData();
                    done(Crypto::SecretBytes::copyOf(shared));
                    if (!shared.isEmpty())
                        OPENSSL_cleanse(const_cast<char *>(shared.constData()),
                                        static_cast<size_t>(shared.size()));
                } else {
                    done(fail(describeError(finished->error(), finished->errorString()),
                              finished->error() == QKeychain::EntryNotFound ? kNotFound : 0));
                }
            }
            next();
        });
        job->start();
    });
}

void KeychainSecretStore::remove(const QString &key, Finished done)
{
    enqueue([this, key, done = std::move(done)] {
        auto *job = new QKeychain::DeletePasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
            const bool gone = finished->error() == QKeychain::NoError ||
                              finished->error() == QKeychain::EntryNotFound;
            if (done)
                done(gone
                         ? Status(Done{})
                         : Status(fail(describeError(finished->error(), finished->errorString()))));
            next();
        });
        job->start();
    });
}

} // namespace Signet
