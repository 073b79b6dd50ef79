#pragma once

#include "TrustedProxies.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace Signet::Hub {

// Keeps the hub's HTTP port open to everyone by closing connections that hold a place without
// using it, and by capping how many one address may hold. Without it, 300 connections that
// trickled a header a byte at a time (slowloris) and 50 that never said anything were all still
// open after 20 s, and a few thousand of them take every file descriptor the hub has.
//
// * A request must arrive whole (head and body) within Limits::requestTimeoutMs of its first
//   byte; a new connection's first request, within that time of connecting. Beyond, the hub
//   answers 408 and closes the connection (a connection that sent nothing is closed silently).
// * A kept-alive connection with no request for Limits::idleTimeoutMs after its last answer is
//   closed (clients open a new one when they need it; browsers and Qt do so by themselves).
// * A request larger than Limits::maxRequestBytes is answered 413 and its connection closed
//   (the hub's largest legitimate body is a 64 KiB message).
// * One address holds at most Limits::perAddress connections at once, TLS handshakes included;
//   beyond, a new connection is closed at once. IPv6 addresses count by their /64 (one site's
//   prefix). Trusted proxies (--trusted-proxy) are exempt: everyone behind them shares their
//   address.
//
// While the hub itself works on an answer (a password being checked), the connection has no
// deadline. A connection upgraded to a WebSocket leaves the guard's care (the agent API has its
// own keep-alive and a cap per login). Everything the guard closes is counted, and logged as a
// summary at most once a minute so a flood cannot fill the log.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int perAddress = 256; // 0: no cap
        int requestTimeoutMs = 15000;
        int idleTimeoutMs = 60000;
        qint64 maxRequestBytes = 1024 * 1024;
    };
    struct Counts
    {
        qint64 refused = 0;   // over the cap per address
        qint64 slow = 0;      // a request not whole in time (408), or a silent new connection
        qint64 idle = 0;      // kept alive too long without a request
        qint64 oversized = 0; // 413
    };

    ConnectionGuard(Limits limits, TrustedProxies exempt, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    // A server whose connections this guard watches: TLS with tls, plain TCP otherwise. The
    // caller listens on it and hands it to the HTTP server (QAbstractHttpServer::bind).
    QTcpServer *createServer(const std::optional<QSslConfiguration> &tls);

    // Connections counted against the address's cap now (HTTP and TLS handshakes).
    int openFrom(const QHostAddress &address) const;
    // Stops counting connections handed on as WebSockets (called as the hub takes one, so a
    // team reconnecting at once from one office address is not held to the cap).
    void forgetHandedOn();
    const Counts &counts() const { return m_counts; }
    const Limits &limits() const { return m_limits; }

private:
    friend class GuardedTcpServer;
    friend class GuardedSslServer;
    enum class Phase { Handshake, Receiving, Answering, Idle, Closing };
    struct Tracked
    {
        QPointer<QTcpSocket> socket;
        QString key; // empty: not counted (a trusted proxy, or no cap)
        Phase phase = Phase::Handshake;
        qint64 since = 0;
        qint64 bytes = 0; // of the request being received
        // Qt disconnects every signal of a socket it hands to its WebSocket server: this one
        // going invalid is how the guard learns of the upgrade.
        QMetaObject::Connection readyRead;
        bool isGone() const;
    };

    // Counts a new connection; false (and the socket closed) when its address is over the cap.
    bool admit(QTcpSocket *socket);
    // The connection now speaks HTTP (accepted, or its TLS handshake done).
    void watch(QTcpSocket *socket);
    bool isTracked(QTcpSocket *socket) const { return m_tracked.contains(socket); }
    void received(QTcpSocket *socket);
    void written(QTcpSocket *socket);
    void forget(QTcpSocket *socket);
    void release(const Tracked &tracked); // its place under the cap
    void sweep();
    void close(Tracked &tracked, const QByteArray &answer);
    static QString keyOf(const QHostAddress &address);
    void noteClosing();
    void report();

    Limits m_limits;
    TrustedProxies m_exempt;
    QHash<QTcpSocket *, Tracked> m_tracked;
    QHash<QString, int> m_open;
    QTimer m_sweep;
    QTimer m_report;
    Counts m_counts;
    Counts m_logged;
    qint64 m_lastLog = 0;
};

} // namespace Signet::Hub
