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
#include "BenchDesk.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <vector>

using namespace Signet;
using namespace Signet::Bench;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

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

Phase runPhase(const QString &name, const DeskThread &desk, HubProcess &hub, int seconds,
               const std::function<void(Holders &)> &begin)
{
    Phase phase;
    phase.name = name;
    Holders holders;
    const qint64 from = desk.now();
    if (begin)
        begin(holders);
    idle(seconds * 1000);
    const qint64 to = desk.now();
    phase.roundTrips = desk.desk().between(from, to);
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
    raiseOpenFileLimit();
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
    HubProcess hub;
    DeskThread desk; // the hub's default limits: no options
    if (!startHubAndDesk(parser.value(u"hub"_s), dir.filePath(u"hub.db"_s), {}, hub, desk, out))
        return 1;

    std::vector<Phase> phases;
    phases.push_back(runPhase(u"quiet"_s, desk, hub, seconds, {}));
    phases.push_back(runPhase(
        u"slowloris: %1 connections from 250 addresses, a byte every 2 s"_s.arg(connections), desk,
        hub, seconds,
        [&](Holders &h) { h.start(hub.port, Holders::Kind::Slow, connections, spread); }));
    phases.push_back(runPhase(
        u"silent: %1 connections from 250 addresses"_s.arg(connections), desk, hub, seconds,
        [&](Holders &h) { h.start(hub.port, Holders::Kind::Silent, connections, spread); }));
    phases.push_back(
        runPhase(u"one address: 1000 silent connections, each reopened as soon as it is closed"_s,
                 desk, hub, seconds, [&](Holders &h) {
                     h.start(hub.port, Holders::Kind::Silent, 1000,
                             [](int) { return QHostAddress(u"127.0.0.252"_s); });
                 }));
    desk.stop();

    out << "slow connections: " << seconds << " s per phase, the hub's default limits\n";
    const Phase &quiet = phases.front();
    for (const Phase &phase : phases) {
        out << phase.name << ":\n  "
            << roundTripLine(phase.roundTrips, &phase == &quiet ? nullptr : &quiet.roundTrips);
        out << "\n  hub resident set " << phase.hubKb / 1024 << " MiB";
        if (&phase != &quiet)
            out << "; closed by the hub " << phase.closedByHub << " (" << phase.answered408
                << " with 408), open at the end " << phase.openAtEnd;
        out << '\n';
    }
    out << "desk errors: " << desk.desk().errors() << '\n';
    out.flush();
    return desk.desk().errors() == 0 ? 0 : 1;
}
