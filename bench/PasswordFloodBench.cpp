// A desk's round trip while strangers flood the hub with passwords. signet-hub runs as its own
// process with its default limits; one agent's desk (on a thread of its own) holds a WebSocket and
// asks the hub's clock, one request at a time (50 a second), the whole run. Three phases of SECONDS
// each:
//  * quiet: nothing else reaches the hub;
//  * busy pool: 4 login POSTs with wrong passwords at all times, enough to keep the hashing pool
//    busy all the time and few enough that none is shed;
//  * overload: IN_FLIGHT such POSTs at all times.
// Each guess is for a made-up name from the next of 250 loopback source addresses (127.0.0.2 …), as
// a botnet spreads its guesses to stay under per-address limits, and is counted by its answer: 401
// (hashed and refused), 429 (shed at once: too many checks waiting), other. Reported: the desk's
// round trip p50/p99/max in each phase and its ratio to the quiet phase, hashes per second, how
// many guesses were shed. The driver stops by itself (bounded phases, 10 minutes at most).
//   password_flood_bench --hub PATH [--seconds 10] [--in-flight 64]
#include "BenchDesk.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWebSocket>

#include <map>
#include <memory>
#include <vector>

using namespace Signet;
using namespace Signet::Bench;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

// The flood: a window of raw HTTP login requests, each on its own connection from the next
// loopback source address; a finished one is replaced at once while running.
class Flood : public QObject
{
public:
    std::map<int, int> byStatus;
    bool running = false;

    void start(quint16 port, int inFlight)
    {
        m_port = port;
        running = true;
        for (int i = 0; i < inFlight; ++i)
            openOne();
    }

    int inFlight() const { return m_open; }

private:
    void openOne()
    {
        auto *socket = new QTcpSocket(this);
        const int n = m_next++;
        socket->bind(QHostAddress(u"127.0.0.%1"_s.arg(2 + n % 250)));
        ++m_open;
        const QByteArray body =
            QJsonDocument(QJsonObject{{"username"_L1, u"guess-%1"_s.arg(n)},
                                      {"password"_L1, u"wrong password %1"_s.arg(n)}})
                .toJson(QJsonDocument::Compact);
        connect(socket, &QTcpSocket::connected, socket, [socket, body] {
            socket->write("POST /api/account/signet/login?v=1.3 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Content-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        onHttpAnswer(socket, [this](int status) {
            ++byStatus[status];
            --m_open;
            if (running)
                openOne();
        });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    quint16 m_port = 0;
    int m_next = 0;
    int m_open = 0;
};

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

namespace {

struct Phase
{
    QString name;
    std::vector<double> roundTrips;
    std::map<int, int> byStatus;
    double seconds = 0;
};

// Runs the desk for seconds with inFlight guesses at all times (none: quiet), then waits for the
// guesses still out.
Phase runPhase(const QString &name, const DeskThread &desk, quint16 port, int inFlight, int seconds)
{
    Phase phase{name, {}, {}, 0};
    Flood flood;
    const qint64 from = desk.now();
    if (inFlight > 0)
        flood.start(port, inFlight);
    idle(seconds * 1000);
    const qint64 to = desk.now();
    phase.roundTrips = desk.desk().between(from, to);
    flood.running = false;
    phase.seconds = double(to - from) / 1000.0;
    runUntil([&] { return flood.inFlight() == 0; }, 60000);
    phase.byStatus = flood.byStatus;
    return phase;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{u"hub"_s, u"The signet-hub binary."_s, u"path"_s},
         {u"seconds"_s, u"Length of each phase."_s, u"n"_s, u"10"_s},
         {u"in-flight"_s, u"Login requests in flight during the overload."_s, u"n"_s, u"64"_s}});
    parser.process(app);
    const int seconds = parser.value(u"seconds"_s).toInt();
    const int inFlight = parser.value(u"in-flight"_s).toInt();
    if (!parser.isSet(u"hub"_s) || seconds < 1 || inFlight < 1) {
        out << "usage: password_flood_bench --hub PATH [--seconds 10] [--in-flight 64]\n";
        return 2;
    }
    giveUpAfter(app, 10, "password_flood_bench");

    QTemporaryDir dir;
    HubProcess hub;
    DeskThread desk;
    if (!startHubAndDesk(parser.value(u"hub"_s), dir.filePath(u"hub.db"_s),
                         {u"--max-connections-per-address"_s, u"0"_s}, hub, desk, out))
        return 1;

    // The hub's default bounds on 2 cores: one hashing thread, 8 checks waiting in all. Four in
    // flight keep the pool busy all the time and are never shed; the overload is mostly shed.
    std::vector<Phase> phases;
    phases.push_back(runPhase(u"quiet"_s, desk, hub.port, 0, seconds));
    phases.push_back(
        runPhase(u"4 guesses in flight (the pool always busy)"_s, desk, hub.port, 4, seconds));
    phases.push_back(runPhase(u"%1 guesses in flight (overload)"_s.arg(inFlight), desk, hub.port,
                              inFlight, seconds));
    desk.stop();

    out << "password flood: " << seconds
        << " s per phase; guesses are logins with wrong passwords from 250 addresses\n";
    const Phase &quiet = phases.front();
    int other = 0;
    for (const Phase &phase : phases) {
        out << phase.name << ":\n  "
            << roundTripLine(phase.roundTrips, &phase == &quiet ? nullptr : &quiet.roundTrips);
        out << '\n';
        if (phase.byStatus.empty())
            continue;
        int phaseOther = 0;
        for (const auto &[status, count] : phase.byStatus) {
            if (status != 401 && status != 429)
                phaseOther += count;
        }
        other += phaseOther;
        const int hashed = phase.byStatus.count(401) ? phase.byStatus.at(401) : 0;
        const int shed = phase.byStatus.count(429) ? phase.byStatus.at(429) : 0;
        out << "  guesses: " << hashed << " hashed and refused ("
            << ms(double(hashed) / phase.seconds) << " a second), " << shed
            << " shed with 429 at once, " << phaseOther << " other\n";
    }
    out << "desk errors: " << desk.desk().errors() << '\n';
    out.flush();
    return other == 0 && desk.desk().errors() == 0 ? 0 : 1;
}
