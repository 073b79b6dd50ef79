#pragma once

#include "Result.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace Signet {

// Where secrets live: the OS keychain in the product, memory in unit tests of other components.
// Asynchronous because keychains are (and may ask the user to unlock).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Finished = std::function<void(const Status &)>;
    using Loaded = std::function<void(const Result<QByteArray> &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void write(const QString &key, const QByteArray &secret, Finished done) = 0;
    virtual void read(const QString &key, Loaded done) = 0;
    virtual void remove(const QString &key, Finished done) = 0;
};

} // namespace Signet
