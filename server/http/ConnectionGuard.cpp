#include "http/ConnectionGuard.h"

#include "logging/Logging.h"

#include <QDateTime>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace Signet::Hub {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// How long a closed connection may take to flush its last answer before it is cut.
constexpr int kFlushMs = 1000;
// How often at most the guard logs what it closed.
constexpr qint64 kReportMs = 60000;

} // namespace

// Plain HTTP: a connection is counted and watched as the HTTP server takes it from the queue.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(ConnectionGuard *guard, QObject *parent)
        : QTcpServer(parent)
        , m_guard(guard)
    {}

    QTcpSocket *nextPendingConnection() override
    {
        while (QTcpSocket *socket = QTcpServer::nextPendingConnection()) {
            if (!m_guard)
                return socket;
            if (m_guard->admit(socket)) {
                m_guard->watch(socket);
                return socket;
            }
        }
        return nullptr;
    }

private:
    QPointer<ConnectionGuard> m_guard;
};

// TLS: counted from the start of its handshake (QSslServer ends handshakes that take too long
// itself), watched once it is encrypted.
class GuardedSslServer : public QSslServer
{
public:
    GuardedSslServer(ConnectionGuard *guard, QObject *parent)
        : QSslServer(parent)
        , m_guard(guard)
    {}

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = QSslServer::nextPendingConnection();
        if (socket && m_guard && m_guard->isTracked(socket))
            m_guard->watch(socket);
        return socket;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QSslServer::incomingConnection(descriptor);
        if (!m_guard)
            return;
        // The socket QSslServer just made for it is its newest child.
        const QObjectList &made = children();
        for (auto child = made.crbegin(); child != made.crend(); ++child) {
            auto *socket = qobject_cast<QSslSocket *>(*child);
            if (socket && socket->socketDescriptor() == descriptor) {
                m_guard->admit(socket);
                return;
            }
        }
    }

private:
    QPointer<ConnectionGuard> m_guard;
};

ConnectionGuard::ConnectionGuard(Limits limits, TrustedProxies exempt, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_exempt(std::move(exempt))
{
    // Deadlines are checked a few times per timeout: a connection lives at most a quarter of
    // its timeout beyond it.
    const int shortest = std::min(m_limits.requestTimeoutMs, m_limits.idleTimeoutMs);
    m_sweep.setInterval(std::clamp(shortest / 4, 20, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_report.setSingleShot(true);
    connect(&m_report, &QTimer::timeout, this, &ConnectionGuard::report);
}

ConnectionGuard::~ConnectionGuard()
{
    for (const Tracked &tracked : std::as_const(m_tracked)) {
        if (tracked.socket)
            tracked.socket->disconnect(this);
    }
}

QTcpServer *ConnectionGuard::createServer(const std::optional<QSslConfiguration> &tls)
{
    // Qt's backlog of 50 drops connections beyond it while the hub is busy (each retried a
    // second later): a team reconnecting at once after a restart is more than that.
    constexpr int kBacklog = 1024;
    if (!tls) {
        auto *server = new GuardedTcpServer(this, nullptr);
        server->setListenBacklogSize(kBacklog);
        return server;
    }
    auto *server = new GuardedSslServer(this, nullptr);
    server->setListenBacklogSize(kBacklog);
    server->setSslConfiguration(*tls);
    // Handshakes count against QTcpServer's pending connections (30 by default, beyond which it
    // stops accepting): a few slow handshakes must not shut everyone out for their 5 s.
    server->setMaxPendingConnections(1024);
    // A handshake is the first request's first part: it has the same deadline (Qt's own is 5 s).
    server->setHandshakeTimeout(std::min(m_limits.requestTimeoutMs, 5000));
    return server;
}

QString ConnectionGuard::keyOf(const QHostAddress &address)
{
    const QHostAddress plain = TrustedProxies::normalized(address);
    if (plain.protocol() != QAbstractSocket::IPv6Protocol)
        return plain.toString();
    Q_IPV6ADDR bytes = plain.toIPv6Address();
    std::fill(bytes.c + 8, bytes.c + 16, quint8(0));
    return QHostAddress(bytes).toString() + u"/64";
}

int ConnectionGuard::openFrom(const QHostAddress &address) const
{
    return m_open.value(keyOf(address));
}

bool ConnectionGuard::admit(QTcpSocket *socket)
{
    // A socket at the address of one that died unseen (after an upgrade) is a new one.
    if (auto stale = m_tracked.find(socket); stale != m_tracked.end() && !stale->socket)
        forget(socket);
    const QHostAddress peer = socket->peerAddress();
    QString key;
    if (m_limits.perAddress > 0 && !m_exempt.contains(peer)) {
        key = keyOf(peer);
        int &open = m_open[key];
        if (open >= m_limits.perAddress) {
            if (open == 0)
                m_open.remove(key);
            ++m_counts.refused;
            noteClosing();
            socket->abort();
            socket->deleteLater();
            return false;
        }
        ++open;
    }
    Tracked &tracked = m_tracked[socket];
    tracked.socket = socket;
    tracked.key = key;
    tracked.phase = Phase::Handshake;
    tracked.since = now();
    connect(socket, &QObject::destroyed, this,
            [this, socket] { forget(static_cast<QTcpSocket *>(socket)); });
    return true;
}

void ConnectionGuard::watch(QTcpSocket *socket)
{
    auto it = m_tracked.find(socket);
    if (it == m_tracked.end())
        return;
    it->phase = Phase::Receiving; // the first request is due from now
    it->since = now();
    it->bytes = 0;
    // Connected before the HTTP server's own handlers (it connects once this socket is handed
    // over), so the guard sees each read before the request parser takes it.
    it->readyRead =
        connect(socket, &QIODevice::readyRead, this, [this, socket] { received(socket); });
    connect(socket, &QIODevice::bytesWritten, this, [this, socket] { written(socket); });
    if (!m_sweep.isActive())
        m_sweep.start();
}

void ConnectionGuard::received(QTcpSocket *socket)
{
    auto it = m_tracked.find(socket);
    if (it == m_tracked.end() || it->phase == Phase::Closing)
        return;
    if (it->phase == Phase::Idle) {
        it->phase = Phase::Receiving;
        it->since = now();
        it->bytes = 0;
    }
    // Bytes that arrive while the hub answers belong to the next request, which counts them
    // against the bound too: a client cannot stream unbounded data while a password is hashed.
    if (it->phase != Phase::Receiving && it->phase != Phase::Answering)
        return;
    it->bytes += socket->bytesAvailable();
    if (it->bytes > m_limits.maxRequestBytes) {
        ++m_counts.oversized;
        noteClosing();
        close(*it, "HTTP/1.1 413 Content Too Large\r\nConnection: close\r\n"
                   "Content-Length: 0\r\n\r\n");
    }
}

void ConnectionGuard::written(QTcpSocket *socket)
{
    auto it = m_tracked.find(socket);
    if (it == m_tracked.end() || it->phase == Phase::Closing || socket->bytesToWrite() > 0)
        return;
    // The answer is out: the next request (perhaps already arriving) is due from now.
    it->phase = socket->isTransactionStarted() ? Phase::Receiving : Phase::Idle;
    it->since = now();
    it->bytes = socket->isTransactionStarted() ? it->bytes : 0;
}

void ConnectionGuard::forget(QTcpSocket *socket)
{
    const auto it = m_tracked.find(socket);
    if (it == m_tracked.end())
        return;
    release(*it);
    m_tracked.erase(it);
    if (m_tracked.isEmpty())
        m_sweep.stop();
}

void ConnectionGuard::release(const Tracked &tracked)
{
    if (tracked.key.isEmpty())
        return;
    auto open = m_open.find(tracked.key);
    if (open != m_open.end() && --open.value() <= 0)
        m_open.erase(open);
}

void ConnectionGuard::close(Tracked &tracked, const QByteArray &answer)
{
    QTcpSocket *socket = tracked.socket;
    tracked.phase = Phase::Closing;
    if (!answer.isEmpty())
        socket->write(answer);
    socket->disconnectFromHost();
    // A client that does not read its answer does not keep the connection either.
    if (socket->state() != QAbstractSocket::UnconnectedState)
        QTimer::singleShot(kFlushMs, socket, [socket] { socket->abort(); });
}

bool ConnectionGuard::Tracked::isGone() const
{
    // Deleted, or handed on as a WebSocket.
    return !socket || (phase != Phase::Handshake && !readyRead);
}

void ConnectionGuard::forgetHandedOn()
{
    for (auto it = m_tracked.begin(); it != m_tracked.end();) {
        if (it->isGone()) {
            release(*it);
            it = m_tracked.erase(it);
        } else {
            ++it;
        }
    }
    if (m_tracked.isEmpty())
        m_sweep.stop();
}

void ConnectionGuard::sweep()
{
    forgetHandedOn();
    const qint64 at = now();
    QList<QTcpSocket *> due;
    for (auto it = m_tracked.begin(); it != m_tracked.end(); ++it) {
        Tracked &tracked = it.value();
        switch (tracked.phase) {
        case Phase::Handshake:
        case Phase::Answering:
        case Phase::Closing:
            break;
        case Phase::Receiving:
            // The parser holds a transaction open until the request is whole: once it is not,
            // the request is with the hub, whose answer has no deadline.
            if (tracked.bytes > 0 && !tracked.socket->isTransactionStarted() &&
                tracked.socket->bytesAvailable() == 0)
                tracked.phase = Phase::Answering;
            else if (at - tracked.since > m_limits.requestTimeoutMs)
                due << it.key();
            break;
        case Phase::Idle:
            if (at - tracked.since > m_limits.idleTimeoutMs)
                due << it.key();
            break;
        }
    }
    for (QTcpSocket *socket : std::as_const(due)) {
        auto it = m_tracked.find(socket);
        if (it == m_tracked.end())
            continue;
        const bool idle = it->phase == Phase::Idle;
        const bool silent = it->bytes == 0;
        ++(idle ? m_counts.idle : m_counts.slow);
        close(*it, idle || silent ? QByteArray()
                                  : QByteArrayLiteral("HTTP/1.1 408 Request Timeout\r\n"
                                                      "Connection: close\r\n"
                                                      "Content-Length: 0\r\n\r\n"));
    }
    if (!due.isEmpty())
        noteClosing();
}

void ConnectionGuard::noteClosing()
{
    // One line a minute at most, with what was closed since the last one; what comes within
    // the minute is reported at its end.
    const qint64 since = now() - m_lastLog;
    if (m_lastLog != 0 && since < kReportMs) {
        if (!m_report.isActive())
            m_report.start(static_cast<int>(kReportMs - since));
        return;
    }
    report();
}

void ConnectionGuard::report()
{
    const Counts &c = m_counts;
    const Counts &l = m_logged;
    if (c.refused == l.refused && c.slow == l.slow && c.idle == l.idle &&
        c.oversized == l.oversized)
        return;
    qCInfo(lcHub).nospace() << "connections closed since the last report: " << c.refused - l.refused
                            << " over the cap of " << m_limits.perAddress << " per address, "
                            << c.slow - l.slow << " too slow to send a request, " << c.idle - l.idle
                            << " idle, " << c.oversized - l.oversized << " with a request over "
                            << m_limits.maxRequestBytes << " bytes";
    m_logged = m_counts;
    m_lastLog = now();
}

} // namespace Signet::Hub
