#pragma once

// What the drivers that measure a desk's round trip share: one agent seeded with a login, the desk
// itself on a thread of its own (so that what a driver does to the hub does not delay the desk's
// event loop), an HTTP answer read to its end, and the open-file limit raised for drivers that
// hold thousands of sockets.
#include "BenchSupport.h"
#include "TestDatabase.h"
#include "crypto/PasswordHash.h"
#include "protocol/Envelope.h"
#include "protocol/MessageTypes.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QTextStream>
#include <QWebSocket>

#include <sys/resource.h>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Signet::Bench {

// One agent with a login, written into a fresh store at location; its bearer, or an empty string
// and the error.
inline QString seedAgent(const QString &location, const QString &name, QString *error)
{
    {
        Hub::Store schema;
        if (Status opened = schema.open(location); !opened) {
            *error = opened.error();
            return {};
        }
    }
    const QString connection = name + QStringLiteral("-seed");
    QString bearer;
    {
        AgentSeeder agents(Test::rawConnection(location, connection));
        bearer =
            agents.add(name, name, Crypto::PasswordHash::create(name + QStringLiteral("-pass")),
                       QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
        *error = agents.error;
    }
    Test::closeRawConnection(connection);
    return error->isEmpty() ? bearer : QString();
}

// The desk, on a thread of its own so that the connections this driver holds do not delay its
// event loop: one GetClock at a time, the next 20 ms after the last is answered. Each round trip
// is kept with the time it ended, and the phases take theirs by time.
class ClockDesk : public QObject
{
public:
    struct Sample
    {
        qint64 atMs;
        double roundTripMs;
    };

    explicit ClockDesk(QElapsedTimer clock)
        : m_clock(clock)
    {}

    // On the desk's thread.
    void open(quint16 port, const QString &bearer)
    {
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        connect(m_socket, &QWebSocket::connected, this, [this] {
            m_ready = true;
            ask();
        });
        connect(m_socket, &QWebSocket::disconnected, this, [this] { ++m_errors; });
        connect(m_socket, &QWebSocket::textMessageReceived, this, &ClockDesk::received);
        m_socket->open(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/ws_api/account/signet/messaging/brand/%2?v=2.1")
                     .arg(port)
                     .arg(bearer)));
    }

    // On the desk's thread.
    void stop()
    {
        if (!m_socket)
            return;
        m_socket->disconnect(this);
        m_socket->abort();
    }

    bool ready() const { return m_ready; }
    int errors() const { return m_errors; }
    std::vector<double> between(qint64 fromMs, qint64 toMs) const
    {
        QMutexLocker lock(&m_lock);
        std::vector<double> found;
        for (const Sample &s : m_samples) {
            if (s.atMs >= fromMs && s.atMs < toMs)
                found.push_back(s.roundTripMs);
        }
        return found;
    }

private:
    void ask()
    {
        m_asked.restart();
        m_socket->sendTextMessage(
            QString::fromUtf8(Protocol::encodeEnvelope(Protocol::Envelope::request(
                QString::number(++m_id), Protocol::Types::GetClock, QJsonObject{}))));
    }

    void received(const QString &text)
    {
        const Result<Protocol::Envelope> envelope = Protocol::decodeEnvelope(text.toUtf8());
        if (!envelope || envelope.value().kind != Protocol::Envelope::Kind::Response ||
            envelope.value().reqId != QString::number(m_id))
            return;
        if (envelope.value().code != 200) {
            ++m_errors;
        } else {
            QMutexLocker lock(&m_lock);
            m_samples.push_back({m_clock.elapsed(), double(m_asked.nsecsElapsed()) / 1e6});
        }
        QTimer::singleShot(20, this, &ClockDesk::ask);
    }

    QElapsedTimer m_clock;
    QWebSocket *m_socket = nullptr;
    QElapsedTimer m_asked;
    qint64 m_id = 0;
    std::atomic<bool> m_ready{false};
    std::atomic<int> m_errors{0};
    mutable QMutex m_lock;
    std::vector<Sample> m_samples;
};

// A ClockDesk on its own thread, with the clock its samples are timed by.
class DeskThread
{
public:
    DeskThread()
    {
        m_clock.start();
        m_desk = std::make_unique<ClockDesk>(m_clock);
        m_desk->moveToThread(&m_thread);
        m_thread.start();
    }
    ~DeskThread() { stop(); }

    // Connects the desk and starts its requests; false when it did not connect within 10 s.
    bool open(quint16 port, const QString &bearer)
    {
        ClockDesk *desk = m_desk.get();
        QMetaObject::invokeMethod(desk, [desk, port, bearer] { desk->open(port, bearer); });
        return runUntil([desk] { return desk->ready(); }, 10000);
    }

    void stop()
    {
        if (!m_thread.isRunning())
            return;
        ClockDesk *desk = m_desk.get();
        QMetaObject::invokeMethod(
            desk, [desk] { desk->stop(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    qint64 now() const { return m_clock.elapsed(); }
    const ClockDesk &desk() const { return *m_desk; }

private:
    QElapsedTimer m_clock;
    QThread m_thread;
    std::unique_ptr<ClockDesk> m_desk;
};

// An HTTP answer as received so far: its status once the head is in, and whether it is whole (at
// its Content-Length; the hub may keep the connection open).
inline int httpStatus(const QByteArray &received)
{
    const QList<QByteArray> line = received.left(received.indexOf("\r\n")).split(' ');
    return line.size() >= 2 ? line.at(1).toInt() : 0;
}

inline bool httpAnswerComplete(const QByteArray &received)
{
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    qsizetype length = 0;
    for (const QByteArray &line : received.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return received.size() >= end + 4 + length;
}

// Reads socket's HTTP answer: done(status) once, when it is whole or the connection ends (status 0
// when nothing readable came); the socket is then aborted and deleted.
inline void onHttpAnswer(QTcpSocket *socket, std::function<void(int status)> done)
{
    auto received = std::make_shared<QByteArray>();
    auto finish = [socket, received, done = std::move(done)] {
        if (socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        *received += socket->readAll();
        done(httpStatus(*received));
        socket->abort();
        socket->deleteLater();
    };
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, received, finish] {
        *received += socket->readAll();
        if (httpAnswerComplete(*received))
            finish();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, finish);
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket, finish);
}

// What a driver measuring a desk needs first: a fresh database at location with one agent,
// signet-hub on it (options as HubProcess::start takes them), and that agent's desk connected.
// False, with the reason on out, when a step fails.
inline bool startHubAndDesk(const QString &binary, const QString &location,
                            const QStringList &options, HubProcess &hub, DeskThread &desk,
                            QTextStream &out)
{
    QString error;
    const QString bearer = seedAgent(location, QStringLiteral("bench-agent"), &error);
    if (bearer.isEmpty()) {
        out << "seeding failed: " << error << '\n';
        return false;
    }
    if (!hub.start(binary, location, options)) {
        out << "the hub did not start\n";
        return false;
    }
    if (!desk.open(hub.port, bearer)) {
        out << "the desk did not connect\n";
        return false;
    }
    return true;
}

// "desk round trip p50 … / p99 … / max … ms (N requests)", with its ratios to a quiet phase's.
inline QString roundTripLine(const std::vector<double> &roundTrips,
                             const std::vector<double> *quiet)
{
    const auto ms = [](double value) { return QString::number(value, 'f', 2); };
    QString line = QStringLiteral("desk round trip p50 %1 / p99 %2 / max %3 ms (%4 requests)")
                       .arg(ms(percentile(roundTrips, 50)), ms(percentile(roundTrips, 99)),
                            ms(percentile(roundTrips, 100)))
                       .arg(roundTrips.size());
    if (quiet)
        line += QStringLiteral("; vs quiet: p50 x%1, p99 x%2")
                    .arg(ms(percentile(roundTrips, 50) / percentile(*quiet, 50)),
                         ms(percentile(roundTrips, 99) / percentile(*quiet, 99)));
    return line;
}

// Thousands of sockets in one driver: the soft open-file limit goes up to the hard one.
inline void raiseOpenFileLimit()
{
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        (void)setrlimit(RLIMIT_NOFILE, &files);
    }
}

} // namespace Signet::Bench
