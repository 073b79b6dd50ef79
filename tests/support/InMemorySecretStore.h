#pragma once

#include "keys/SecretStore.h"

#include <QHash>
#include <QTimer>

namespace Signet::Test {

// For unit tests of components that use a SecretStore; the real keychain has its own test.
// Answers asynchronously, like a keychain does, and can be told to fail like one that went away.
class InMemorySecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;

    void write(const QString &key, const Crypto::SecretBytes &secret, Finished done) override
    {
        ++m_writes;
        if (m_failure.isEmpty()) {
            m_items.insert(key, secret.toByteArrayCopy());
            m_everWritten.append(secret.toByteArrayCopy());
        }
        finishLater(std::move(done));
    }

    void read(const QString &key, Loaded done) override
    {
        const bool found = m_items.contains(key);
        const QByteArray value = m_items.value(key);
        const QString failure = m_failure;
        QTimer::singleShot(0, this, [done, found, value, failure] {
            if (!done)
                return;
            if (!failure.isEmpty())
                done(fail(failure));
            else if (found)
                done(Crypto::SecretBytes::copyOf(value));
            else
                done(fail(QStringLiteral("The keychain has no such entry."), kNotFound));
        });
    }

    void remove(const QString &key, Finished done) override
    {
        if (m_failure.isEmpty())
            m_items.remove(key);
        finishLater(std::move(done));
    }

    const QHash<QString, QByteArray> &items() const { return m_items; }
    int writes() const { return m_writes; }
    // Every secret ever stored, removed ones included (what must never show up anywhere else).
    const QList<QByteArray> &everWritten() const { return m_everWritten; }
    // Every call fails with this reason while it is set (a keychain that went away).
    void setFailure(const QString &reason) { m_failure = reason; }

private:
    void finishLater(Finished done)
    {
        const QString failure = m_failure;
        QTimer::singleShot(0, this, [done, failure] {
            if (done)
                done(failure.isEmpty() ? Status(Signet::Done{}) : Status(fail(failure)));
        });
    }

    QHash<QString, QByteArray> m_items;
    QList<QByteArray> m_everWritten;
    QString m_failure;
    int m_writes = 0;
};

} // namespace Signet::Test
