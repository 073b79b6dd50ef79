#pragma once

#include "keys/SecretStore.h"

#include <QHash>
#include <QTimer>

namespace Signet::Test {

// For unit tests of components that use a SecretStore; the real keychain has its own test.
// Answers asynchronously, like a keychain does.
class InMemorySecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;

    void write(const QString &key, const QByteArray &secret, Finished done) override
    {
        m_items.insert(key, secret);
        QTimer::singleShot(0, this, [done] {
            if (done)
                done(Signet::Done{});
        });
    }
    void read(const QString &key, Loaded done) override
    {
        const bool found = m_items.contains(key);
        const QByteArray value = m_items.value(key);
        QTimer::singleShot(0, this, [done, found, value] {
            if (done)
                done(found ? Result<QByteArray>(value)
                           : Result<QByteArray>(fail(QStringLiteral("not found"))));
        });
    }
    void remove(const QString &key, Finished done) override
    {
        m_items.remove(key);
        QTimer::singleShot(0, this, [done] {
            if (done)
                done(Signet::Done{});
        });
    }
    const QHash<QString, QByteArray> &items() const { return m_items; }

private:
    QHash<QString, QByteArray> m_items;
};

} // namespace Signet::Test
