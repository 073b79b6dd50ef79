#include "http/PasswordChecks.h"

#include "crypto/PasswordHash.h"
#include "crypto/RandomToken.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>

namespace Signet::Hub {

struct PasswordChecks::Pending
{
    explicit Pending(QHttpServerResponder &&r)
        : responder(std::move(r))
        , socket(responder.socket())
    {}
    QHttpServerResponder responder;
    // QHttpServer deletes a connection's socket (and the request the responder refers to) when
    // the client goes; the answer is written only while it is still there.
    QPointer<QTcpSocket> socket;
    QString address;
    Answer answer;
};

int PasswordChecks::defaultThreads()
{
    // Leave a core to the event loop; a few hashes at once are enough for any team's logins.
    return std::clamp(QThread::idealThreadCount() - 1, 1, 4);
}

PasswordChecks::PasswordChecks(Limits limits, Finish finish, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_finish(std::move(finish))
{
    m_pool.setMaxThreadCount(std::max(1, m_limits.threads));
    m_pool.setObjectName(QStringLiteral("password-checks"));
}

PasswordChecks::~PasswordChecks()
{
    // Running hashes post their results to this object; let them end before it does (Qt drops
    // the posted results with it).
    m_pool.clear();
    m_pool.waitForDone();
}

bool PasswordChecks::check(QHttpServerResponder &responder, const QString &address,
                           const QString &password, const QString &stored, Answer answer)
{
    if (m_pending.size() >= m_limits.waiting || m_perAddress.value(address) >= m_limits.perAddress)
        return false;
    const quint64 id = m_nextId++;
    auto pending = std::make_shared<Pending>(std::move(responder));
    pending->address = address;
    pending->answer = std::move(answer);
    m_pending.insert(id, pending);
    ++m_perAddress[address];
    m_pool.start([this, id, password, stored] {
        // Hashed even for unknown users, so the answer takes as long either way.
        static const QString unknownUserHash =
            Crypto::PasswordHash::create(Crypto::randomToken(16));
        const bool matches =
            Crypto::PasswordHash::verify(password, stored.isEmpty() ? unknownUserHash : stored);
        QMetaObject::invokeMethod(
            this, [this, id, matches] { finished(id, matches); }, Qt::QueuedConnection);
    });
    return true;
}

void PasswordChecks::finished(quint64 id, bool matches)
{
    const std::shared_ptr<Pending> pending = m_pending.take(id);
    if (!pending)
        return;
    if (--m_perAddress[pending->address] <= 0)
        m_perAddress.remove(pending->address);
    QHttpServerResponse response = pending->answer(matches);
    if (pending->socket && pending->socket->state() == QAbstractSocket::ConnectedState)
        respond(std::move(pending->responder), std::move(response));
}

void PasswordChecks::respond(QHttpServerResponder &&responder, QHttpServerResponse &&response) const
{
    QHttpServerResponse ready = m_finish ? m_finish(std::move(response)) : std::move(response);
    ready.write(std::move(responder));
}

} // namespace Signet::Hub
