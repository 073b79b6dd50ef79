// A desk's round trip while strangers hold the hub's HTTP connections. signet-hub runs as its own
// process with its default limits (a request must be complete 15 s after its first byte, a kept-
// alive connection goes after 60 s idle, 256 connections per address); one agent's desk holds a
// WebSocket (on its own thread) and asks the hub's clock, one request at a time (50 a second), the
// whole run. Phases
// of SECONDS each:
//  * quiet: nothing else reaches the hub;
//  * slowloris: CONNECTIONS connections from 250 loopback addresses, each sending a request head
//    one byte every 2 s and never finishing it; whatever the hub closes is opened again at once;
//  * silent: as many connections that send nothing at all, reopened when closed;
//  * one address: 1,000 connections from a single address, over its cap of 256.
// Reported for each: the desk's round trip p50/p99/max and its ratio to the quiet phase, the hub's
// resident set at the end of the phase, how many connections the hub closed (answered 408 or
// closed in silence) and how many were open at the end. The guard's cost is what these phases add
// to the desk's round trip and to the hub's memory. The driver stops by itself (bounded phases, 10
// minutes at most).
//   slow_connections_bench --hub PATH [--seconds 20] [--connections 2000]
#include "BenchSupport.h"
#include "TestDatabase.h"
#include "crypto/PasswordHash.h"
#include "protocol/Envelope.h"
#include "protocol/MessageTypes.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMutex>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <sys/resource.h>

#include <atomic>
#include <memory>
#include <vector>

using namespace Signet;
using namespace Signet::Bench;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

QString seedAgent(const QString &location, QString *error)
{
    {
        Store schema;
        if (Status opened = schema.open(location); !opened) {
            *error = opened.error();
            return {};
        }
    }
    const QString connection = u"slow-seed"_s;
    QString bearer;
    {
        AgentSeeder agents(rawConnection(location, connection));
        bearer = agents.add(u"slow-agent"_s, u"Slow Agent"_s,
                            Crypto::PasswordHash::create(u"slow-bench-password"_s),
                            QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
        *error = agents.error;
    }
    closeRawConnection(connection);
    return error->isEmpty() ? bearer : QString();
}

// The desk, on a thread of its own so that the connections this driver holds do not delay its
// event loop: one GetClock at a time, the next 20 ms after the last is answered. Each round trip
// is kept with the time it ended, and the phases take theirs by time.
class Desk : public QObject
{
public:
    struct Sample
    {
        qint64 atMs;
        double roundTripMs;
    };

    explicit Desk(QElapsedTimer clock)
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
        connect(m_socket, &QWebSocket::textMessageReceived, this, &Desk::received);
        m_socket->open(QUrl(
            u"ws://127.0.0.1:%1/ws_api/account/signet/messaging/brand/%2?v=2.1"_s.arg(port).arg(
                bearer)));
    }

    // On the desk's thread.
    void stop()
    {
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
        QTimer::singleShot(20, this, &Desk::ask);
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

// Connections that hold the hub: each from its source address, sending a request head a byte at a
// time (slow) or nothing (silent); reopened at once when the hub closes them, while running.
class Holders : public QObject
{
public:
    enum class Kind { Slow, Silent };
    bool running = false;
    int closedByHub = 0; // answered 408 or closed without a word
    int answered408 = 0;

    void start(quint16 port, Kind kind, int count, std::function<QHostAddress(int)> source)
    {
        m_port = port;
        m_kind = kind;
        m_source = std::move(source);
        running = true;
        for (int i = 0; i < count; ++i)
            openOne(i);
        if (kind == Kind::Slow) {
            connect(&m_drip, &QTimer::timeout, this, &Holders::drip);
            m_drip.start(2000);
        }
    }

    void stop()
    {
        running = false;
        m_drip.stop();
        for (QTcpSocket *socket : findChildren<QTcpSocket *>()) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }

    int open() const
    {
        int n = 0;
        for (const QTcpSocket *socket : findChildren<QTcpSocket *>())
            n += socket->state() == QAbstractSocket::ConnectedState;
        return n;
    }

private:
    void openOne(int n)
    {
        auto *socket = new QTcpSocket(this);
        socket->bind(m_source(n));
        connect(socket, &QTcpSocket::connected, socket, [this, socket] {
            if (m_kind == Kind::Slow)
                socket->write("GET /api/account/signet/service/baseURI.json HTTP/1.1\r\nHost: x");
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (socket->readAll().startsWith("HTTP/1.1 408"))
                ++answered408;
        });
        auto closed = [this, socket, n] {
            if (socket->property("done").toBool())
                return;
            socket->setProperty("done", true);
            ++closedByHub;
            socket->deleteLater();
            if (running)
                QTimer::singleShot(0, this, [this, n] { openOne(n); });
        };
        connect(socket, &QTcpSocket::disconnected, socket, closed);
        connect(socket, &QTcpSocket::errorOccurred, socket, closed);
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    // One more byte of a header that never ends, on every slow connection.
    void drip()
    {
        for (QTcpSocket *socket : findChildren<QTcpSocket *>()) {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write("x");
        }
    }

    quint16 m_port = 0;
    Kind m_kind = Kind::Slow;
    std::function<QHostAddress(int)> m_source;
    QTimer m_drip;
};

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

struct Phase
{
    QString name;
    std::vector<double> roundTrips;
    qint64 hubKb = 0;
    int closedByHub = 0;
    int answered408 = 0;
    int openAtEnd = 0;
    double seconds = 0;
};

Phase runPhase(const QString &name, const Desk &desk, const QElapsedTimer &clock, HubProcess &hub,
               int seconds, const std::function<void(Holders &)> &begin)
{
    Phase phase;
    phase.name = name;
    Holders holders;
    const qint64 from = clock.elapsed();
    if (begin)
        begin(holders);
    idle(seconds * 1000);
    const qint64 to = clock.elapsed();
    phase.roundTrips = desk.between(from, to);
    phase.seconds = double(to - from) / 1000.0;
    phase.hubKb = residentKb(hub.process.processId());
    phase.openAtEnd = holders.open();
    phase.closedByHub = holders.closedByHub;
    phase.answered408 = holders.answered408;
    holders.stop();
    idle(2000); // the hub notices the closed connections before the next phase
    return phase;
}

QHostAddress spread(int n)
{
    return QHostAddress(u"127.0.0.%1"_s.arg(2 + n % 250));
}

} // namespace

int main(int argc, char *argv[])
{
    // Thousands of sockets in this process.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        (void)setrlimit(RLIMIT_NOFILE, &files);
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{u"hub"_s, u"The signet-hub binary."_s, u"path"_s},
         {u"seconds"_s, u"Length of each phase (at least 16: the hub's deadline is 15 s)."_s,
          u"n"_s, u"20"_s},
         {u"connections"_s, u"Connections held in the slowloris and silent phases."_s, u"n"_s,
          u"2000"_s}});
    parser.process(app);
    const int seconds = parser.value(u"seconds"_s).toInt();
    const int connections = parser.value(u"connections"_s).toInt();
    if (!parser.isSet(u"hub"_s) || seconds < 16 || connections < 1 || connections > 250 * 250) {
        out << "usage: slow_connections_bench --hub PATH [--seconds 20] [--connections 2000]\n";
        return 2;
    }
    giveUpAfter(app, 10, "slow_connections_bench");

    QTemporaryDir dir;
    const QString location = dir.filePath(u"hub.db"_s);
    QString error;
    const QString bearer = seedAgent(location, &error);
    if (bearer.isEmpty()) {
        out << "seeding failed: " << error << '\n';
        return 1;
    }
    HubProcess hub;
    if (!hub.start(parser.value(u"hub"_s), location, {})) {
        out << "the hub did not start\n";
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    QThread deskThread;
    Desk desk(clock);
    desk.moveToThread(&deskThread);
    deskThread.start();
    QMetaObject::invokeMethod(&desk, [&] { desk.open(hub.port, bearer); });
    if (!runUntil([&] { return desk.ready(); }, 10000)) {
        out << "the desk did not connect\n";
        return 1;
    }

    std::vector<Phase> phases;
    phases.push_back(runPhase(u"quiet"_s, desk, clock, hub, seconds, {}));
    phases.push_back(runPhase(
        u"slowloris: %1 connections from 250 addresses, a byte every 2 s"_s.arg(connections), desk,
        clock, hub, seconds,
        [&](Holders &h) { h.start(hub.port, Holders::Kind::Slow, connections, spread); }));
    phases.push_back(runPhase(
        u"silent: %1 connections from 250 addresses"_s.arg(connections), desk, clock, hub, seconds,
        [&](Holders &h) { h.start(hub.port, Holders::Kind::Silent, connections, spread); }));
    phases.push_back(
        runPhase(u"one address: 1000 silent connections, each reopened as soon as it is closed"_s,
                 desk, clock, hub, seconds, [&](Holders &h) {
                     h.start(hub.port, Holders::Kind::Silent, 1000,
                             [](int) { return QHostAddress(u"127.0.0.252"_s); });
                 }));
    QMetaObject::invokeMethod(
        &desk, [&] { desk.stop(); }, Qt::BlockingQueuedConnection);
    deskThread.quit();
    deskThread.wait();

    out << "slow connections: " << seconds << " s per phase, the hub's default limits\n";
    const Phase &quiet = phases.front();
    for (const Phase &phase : phases) {
        out << phase.name << ":\n  desk round trip p50 " << ms(percentile(phase.roundTrips, 50))
            << " / p99 " << ms(percentile(phase.roundTrips, 99)) << " / max "
            << ms(percentile(phase.roundTrips, 100)) << " ms (" << phase.roundTrips.size()
            << " requests)";
        if (&phase != &quiet) {
            out << "; vs quiet: p50 x"
                << ms(percentile(phase.roundTrips, 50) / percentile(quiet.roundTrips, 50))
                << ", p99 x"
                << ms(percentile(phase.roundTrips, 99) / percentile(quiet.roundTrips, 99));
        }
        out << "\n  hub resident set " << phase.hubKb / 1024 << " MiB";
        if (&phase != &quiet)
            out << "; closed by the hub " << phase.closedByHub << " (" << phase.answered408
                << " with 408), open at the end " << phase.openAtEnd;
        out << '\n';
    }
    out << "desk errors: " << desk.errors() << '\n';
    out.flush();
    return desk.errors() == 0 ? 0 : 1;
}
