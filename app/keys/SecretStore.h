#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QObject>

#include <functional>

namespace Signet {

// Where secrets live: the OS keychain in the product, memory in unit tests of other components.
// Asynchronous because keychains are (and may ask the user to unlock). Secrets travel as
// SecretBytes, which wipe themselves.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Finished = std::function<void(const Status &)>;
    using Loaded = std::function<void(Result<Crypto::SecretBytes>)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void write(const QString &key, const Crypto::SecretBytes &secret, Finished done) = 0;
    // Fails with errorCode() == kNotFound when there is no such entry.
    virtual void read(const QString &key, Loaded done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &key, Finished done) = 0;

    static constexpr int kNotFound = 404;
};

} // namespace Signet
