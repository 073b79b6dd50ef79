#include "keys/KeyRing.h"

#include "logging/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Signet {

using namespace Qt::StringLiterals;
using namespace Crypto;
using Kind = KeyRing::KeyInfo::Kind;
using State = KeyRing::KeyInfo::State;

bool KeyRing::KeyInfo::servesRequest(const QString &requestId) const
{
    if (kind == Kind::Request)
        return id == requestId;
    return std::any_of(requests.cbegin(), requests.cend(),
                       [&](const Pending &p) { return p.requestId == requestId; });
}

KeyRing::KeyRing(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

void KeyRing::enqueue(Step step)
{
    m_steps.enqueue(std::move(step));
    runNext();
}

void KeyRing::runNext()
{
    if (m_running || m_steps.isEmpty())
        return;
    m_running = true;
    Step step = m_steps.dequeue();
    step([this] {
        m_running = false;
        runNext();
    });
}

template<typename T>
void KeyRing::whenOpen(std::function<void(Result<T>)> done,
                       std::function<void(std::function<void(Result<T>)>)> body)
{
    enqueue([this, done = std::move(done), body = std::move(body)](std::function<void()> finish) {
        auto reply = [done, finish](Result<T> result) {
            if (done)
                done(std::move(result));
            finish();
        };
        if (!m_open) {
            reply(fail(m_unavailable.isEmpty() ? tr("The key ring is not open.") : m_unavailable));
            return;
        }
        body(reply);
    });
}

int KeyRing::indexOf(const QString &id) const
{
    for (int i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<KeyRing::KeyInfo> KeyRing::key(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<KeyInfo>(m_keys.at(i));
}

std::optional<KeyRing::KeyInfo> KeyRing::activeBrandKey() const
{
    for (const KeyInfo &k : m_keys) {
        if (k.kind == Kind::Brand && k.state == State::Active)
            return k;
    }
    return std::nullopt;
}

QByteArray KeyRing::serializeIndex() const
{
    QJsonArray keys;
    for (const KeyInfo &k : m_keys) {
        QJsonArray requests;
        for (const KeyInfo::Pending &p : k.requests)
            requests.append(QJsonObject{{"id"_L1, p.requestId},
                                        {"sent"_L1, p.sent.toString(Qt::ISODateWithMs)}});
        keys.append(
            QJsonObject{{"id"_L1, k.id},
                        {"kind"_L1, k.kind == Kind::Brand ? "brand"_L1 : "request"_L1},
                        {"state"_L1, k.state == State::Active ? "active"_L1 : "retiring"_L1},
                        {"curve"_L1, curveName(k.curve)},
                        {"created"_L1, k.created.toString(Qt::ISODateWithMs)},
                        {"publicKey"_L1, k.publicKey},
                        {"fingerprint"_L1, k.fingerprint},
                        {"requests"_L1, requests}});
    }
    return QJsonDocument(QJsonObject{{"version"_L1, 1}, {"keys"_L1, keys}})
        .toJson(QJsonDocument::Compact);
}

Status KeyRing::parseIndex(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || root.value("version"_L1).toInt() != 1)
        return fail(tr("The key ring's index in the keychain is damaged or from a newer Signet."));
    QList<KeyInfo> keys;
    for (const QJsonValue &value : root.value("keys"_L1).toArray()) {
        const QJsonObject o = value.toObject();
        KeyInfo k;
        k.id = o.value("id"_L1).toString();
        k.kind = o.value("kind"_L1).toString() == "brand"_L1 ? Kind::Brand : Kind::Request;
        k.state = o.value("state"_L1).toString() == "retiring"_L1 ? State::Retiring : State::Active;
        k.curve = o.value("curve"_L1).toString() == "P-256"_L1 ? Curve::P256 : Curve::P384;
        k.created = QDateTime::fromString(o.value("created"_L1).toString(), Qt::ISODateWithMs);
        k.publicKey = o.value("publicKey"_L1).toString();
        k.fingerprint = o.value("fingerprint"_L1).toString();
        for (const QJsonValue &r : o.value("requests"_L1).toArray()) {
            k.requests.append({r.toObject().value("id"_L1).toString(),
                               QDateTime::fromString(r.toObject().value("sent"_L1).toString(),
                                                     Qt::ISODateWithMs)});
        }
        if (k.id.isEmpty() || !k.created.isValid())
            return fail(tr("The key ring's index in the keychain has a damaged entry."));
        keys.append(k);
    }
    m_keys = keys;
    return Done{};
}

void KeyRing::open(Finished done)
{
    enqueue([this, done = std::move(done)](std::function<void()> finish) {
        m_store->read(kIndexEntry, [this, done, finish](Result<SecretBytes> index) {
            Status status = Done{};
            if (index.ok()) {
                status = parseIndex(index->toByteArrayCopy());
            } else if (index.errorCode() == SecretStore::kNotFound) {
                m_keys.clear(); // a new key ring
            } else {
                status = fail(index.error());
            }
            m_open = status.ok();
            m_unavailable = status.ok() ? QString() : status.error();
            if (!status)
                qCWarning(lcKeys) << "key ring unavailable:" << status.error();
            if (done)
                done(status);
            finish();
        });
    });
}

void KeyRing::saveIndex(std::function<void(const Status &)> then)
{
    QByteArray json = serializeIndex();
    m_store->write(kIndexEntry, SecretBytes::takeFrom(json), std::move(then));
}

void KeyRing::storeNewKey(const EcKeyPair &pair, KeyInfo info,
                          std::function<void(Result<KeyInfo>)> then)
{
    info.curve = pair.curve();
    info.publicKey = pair.publicKeyBase64();
    info.fingerprint = pair.fingerprint();
    info.created = now();
    m_store->write(
        entryName(info.id), pair.toPkcs8Pem(), [this, info, then](const Status &written) {
            if (!written) {
                then(fail(written.error()));
                return;
            }
            m_keys.append(info);
            saveIndex([this, info, then](const Status &saved) {
                if (saved) {
                    then(info);
                    return;
                }
                // Keep the keychain and the index in step: undo the key we just wrote.
                m_keys.removeAt(indexOf(info.id));
                m_store->remove(entryName(info.id),
                                [then, saved](const Status &) { then(fail(saved.error())); });
            });
        });
}

void KeyRing::removeKeys(QStringList ids, std::function<void(const Status &)> then)
{
    if (ids.isEmpty()) {
        saveIndex(std::move(then));
        return;
    }
    const QString id = ids.takeFirst();
    m_store->remove(entryName(id), [this, id, ids, then](const Status &removed) {
        if (!removed) {
            // The index still lists what the keychain still holds.
            saveIndex([then, removed](const Status &) { then(removed); });
            return;
        }
        const int i = indexOf(id);
        if (i >= 0)
            m_keys.removeAt(i);
        removeKeys(ids, then);
    });
}

void KeyRing::keyForRequest(const QString &requestId, Callback<QString> done)
{
    whenOpen<QString>(std::move(done), [this, requestId](auto reply) {
        if (requestId.isEmpty() ||
            std::any_of(m_keys.cbegin(), m_keys.cend(),
                        [&](const KeyInfo &k) { return k.servesRequest(requestId); }))
            return reply(fail(tr("The request identifier is empty or already has a key.")));
        const int brand = activeBrandKey() ? indexOf(activeBrandKey()->id) : -1;
        if (brand >= 0) {
            m_keys[brand].requests.append({requestId, now()});
            const QString publicKey = m_keys.at(brand).publicKey;
            saveIndex([reply, publicKey](const Status &saved) {
                reply(saved ? Result<QString>(publicKey) : Result<QString>(saved.failure()));
            });
            return;
        }
        Result<EcKeyPair> pair = EcKeyPair::generate(Curve::P384);
        if (!pair)
            return reply(pair.failure());
        KeyInfo info;
        info.id = requestId;
        info.kind = Kind::Request;
        storeNewKey(pair.value(), info, [reply](Result<KeyInfo> stored) {
            reply(stored ? Result<QString>(stored->publicKey) : Result<QString>(stored.failure()));
        });
    });
}

void KeyRing::loadKey(const QString &id, Callback<EcKeyPair> done)
{
    whenOpen<EcKeyPair>(std::move(done), [this, id](auto reply) {
        const std::optional<KeyInfo> info = key(id);
        if (!info)
            return reply(fail(tr("No key %1 in the key ring.").arg(id)));
        m_store->read(entryName(id), [reply, info](Result<SecretBytes> pem) {
            if (!pem)
                return reply(pem.failure());
            Result<EcKeyPair> pair = EcKeyPair::fromPem(pem.value());
            if (pair && pair->publicKeyBase64() != info->publicKey)
                pair =
                    fail(tr("The key in the keychain does not match the key ring's record of it."));
            reply(std::move(pair));
        });
    });
}

void KeyRing::privateKeyForRequest(const QString &requestId, Callback<EcKeyPair> done)
{
    const auto found = std::find_if(m_keys.cbegin(), m_keys.cend(),
                                    [&](const KeyInfo &k) { return k.servesRequest(requestId); });
    if (found == m_keys.cend()) {
        done(fail(m_open ? tr("No key is waiting for an answer to request %1 (unknown, answered or "
                              "expired).")
                               .arg(requestId)
                         : m_unavailable));
        return;
    }
    loadKey(found->id, std::move(done));
}

void KeyRing::requestEnded(const QString &requestId, Finished done)
{
    whenOpen<Done>(std::move(done), [this, requestId](auto reply) {
        QStringList remove;
        bool touched = false;
        for (KeyInfo &k : m_keys) {
            if (k.kind == Kind::Request && k.id == requestId) {
                remove << k.id;
            } else if (k.kind == Kind::Brand) {
                const qsizetype before = k.requests.size();
                k.requests.erase(std::remove_if(k.requests.begin(), k.requests.end(),
                                                [&](const KeyInfo::Pending &p) {
                                                    return p.requestId == requestId;
                                                }),
                                 k.requests.end());
                touched = touched || k.requests.size() != before;
                if (k.state == State::Retiring && k.requests.isEmpty())
                    remove << k.id; // its last request has ended: the rotated-out key goes
            }
        }
        if (remove.isEmpty() && !touched)
            return reply(Done{}); // nothing held for it (already ended)
        removeKeys(remove, reply);
    });
}

void KeyRing::sweepStale(std::chrono::seconds maxAge, Callback<int> done)
{
    whenOpen<int>(std::move(done), [this, maxAge](auto reply) {
        const QDateTime cutoff = now().addSecs(-maxAge.count());
        QStringList remove;
        for (KeyInfo &k : m_keys) {
            if (k.kind == Kind::Request && k.created < cutoff) {
                remove << k.id;
            } else if (k.kind == Kind::Brand) {
                k.requests.erase(
                    std::remove_if(k.requests.begin(), k.requests.end(),
                                   [&](const KeyInfo::Pending &p) { return p.sent < cutoff; }),
                    k.requests.end());
                if (k.state == State::Retiring && k.requests.isEmpty())
                    remove << k.id;
            }
        }
        const int count = static_cast<int>(remove.size());
        if (count > 0)
            qCInfo(lcKeys) << "sweeping" << count << "stale keys";
        removeKeys(remove, [reply, count](const Status &s) {
            reply(s ? Result<int>(count) : Result<int>(s.failure()));
        });
    });
}

void KeyRing::addBrandKey(Result<EcKeyPair> pair, bool rotate, Callback<KeyInfo> done)
{
    auto shared = std::make_shared<Result<EcKeyPair>>(std::move(pair));
    whenOpen<KeyInfo>(std::move(done), [this, shared, rotate](auto reply) {
        if (!shared->ok())
            return reply(shared->failure());
        const std::optional<KeyInfo> previous = activeBrandKey();
        if (previous && !rotate)
            return reply(fail(
                tr("Brand key %1 is already active; use rotate to replace it.").arg(previous->id)));
        KeyInfo info;
        info.id = u"brand-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        info.kind = Kind::Brand;
        // The old key retires now; it is kept while requests sent with it may still be answered.
        if (previous)
            m_keys[indexOf(previous->id)].state = State::Retiring;
        storeNewKey(shared->value(), info, [this, reply, previous](Result<KeyInfo> stored) {
            if (!stored) {
                if (previous)
                    m_keys[indexOf(previous->id)].state = State::Active;
                return reply(stored.failure());
            }
            QStringList remove;
            if (previous && key(previous->id)->requests.isEmpty())
                remove << previous->id;
            removeKeys(remove, [reply, stored](const Status &s) {
                reply(s ? Result<KeyInfo>(stored.value()) : Result<KeyInfo>(s.failure()));
            });
        });
    });
}

void KeyRing::generateBrandKey(Curve curve, Callback<KeyInfo> done)
{
    addBrandKey(EcKeyPair::generate(curve), false, std::move(done));
}

void KeyRing::importBrandKey(const SecretBytes &privateKeyText, Callback<KeyInfo> done)
{
    addBrandKey(EcKeyPair::fromAnyPrivateForm(privateKeyText), false, std::move(done));
}

void KeyRing::rotateBrandKey(Curve curve, const SecretBytes &privateKeyText, Callback<KeyInfo> done)
{
    addBrandKey(privateKeyText.isEmpty() ? EcKeyPair::generate(curve)
                                         : EcKeyPair::fromAnyPrivateForm(privateKeyText),
                true, std::move(done));
}

void KeyRing::deleteKey(const QString &id, bool force, Finished done)
{
    whenOpen<Done>(std::move(done), [this, id, force](auto reply) {
        const std::optional<KeyInfo> info = key(id);
        if (!info)
            return reply(fail(tr("No key %1 in the key ring.").arg(id)));
        if (!info->requests.isEmpty() && !force) {
            return reply(fail(tr(
                "%n sign-in request(s) still wait for answers encrypted to this key; deleting it "
                "would make them undecryptable. Use --force to delete it anyway.",
                nullptr, static_cast<int>(info->requests.size()))));
        }
        removeKeys({id}, reply);
    });
}

} // namespace Signet
