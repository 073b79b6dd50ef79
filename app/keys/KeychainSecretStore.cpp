#include "keys/KeychainSecretStore.h"

#include "logging/Logging.h"

#include <qt6keychain/keychain.h>

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

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, Finished done)
{
    enqueue([this, key, secret, done = std::move(done)] {
        auto *job = new QKeychain::WritePasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        job->setBinaryData(secret);
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
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
                if (finished->error() == QKeychain::NoError)
                    done(readJob->binaryData());
                else
                    done(fail(describeError(finished->error(), finished->errorString())));
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
