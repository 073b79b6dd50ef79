// A desk's round trip while strangers flood the hub with passwords. signet-hub runs as its own
// process with its default limits; one agent's desk holds a WebSocket and asks the hub's clock, one
// request at a time (50 a second), the whole run. Three phases of SECONDS each:
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
#include "BenchSupport.h"
#include "TestDatabase.h"
#include "crypto/PasswordHash.h"
#include "protocol/Envelope.h"
#include "protocol/MessageTypes.h"
#include "store/Store.h"

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

// One agent with a login; its bearer, or an empty string and the error.
QString seedAgent(const QString &location, QString *error)
{
    {
        Store schema;
        if (Status opened = schema.open(location); !opened) {
            *error = opened.error();
            return {};
        }
    }
    const QString connection = u"flood-seed"_s;
    QString bearer;
    {
        AgentSeeder agents(rawConnection(location, connection));
        bearer = agents.add(u"flood-agent"_s, u"Flood Agent"_s,
                            Crypto::PasswordHash::create(u"flood-bench-password"_s),
                            QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
        *error = agents.error;
    }
    closeRawConnection(connection);
    return error->isEmpty() ? bearer : QString();
}

// The desk: one GetClock at a time, the next 20 ms after the last is answered; each round trip in
// milliseconds goes to the current phase's list.
class Desk : public QObject
{
public:
    std::vector<double> *roundTrips = nullptr;
    bool ready = false;
    int errors = 0;

    void open(quint16 port, const QString &bearer)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            ready = true;
            ask();
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &Desk::received);
        m_socket.open(QUrl(
            u"ws://127.0.0.1:%1/ws_api/account/signet/messaging/brand/%2?v=2.1"_s.arg(port).arg(
                bearer)));
    }

    void stop() { m_socket.abort(); }

private:
    void ask()
    {
        m_asked.restart();
        m_socket.sendTextMessage(
            QString::fromUtf8(Protocol::encodeEnvelope(Protocol::Envelope::request(
                QString::number(++m_id), Protocol::Types::GetClock, QJsonObject{}))));
    }

    void received(const QString &text)
    {
        const Result<Protocol::Envelope> envelope = Protocol::decodeEnvelope(text.toUtf8());
        if (!envelope || envelope.value().kind != Protocol::Envelope::Kind::Response ||
            envelope.value().reqId != QString::number(m_id))
            return;
        if (envelope.value().code != 200)
            ++errors;
        else if (roundTrips)
            roundTrips->push_back(double(m_asked.nsecsElapsed()) / 1e6);
        // An agent's desk asks a few times a second; 50 a second stays under the hub's
        // per-connection request limit and still samples the flood finely.
        QTimer::singleShot(20, this, &Desk::ask);
    }

    QWebSocket m_socket;
    QElapsedTimer m_asked;
    qint64 m_id = 0;
};

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
        auto received = std::make_shared<QByteArray>();
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
        auto done = [this, socket, received] {
            if (socket->property("done").toBool())
                return;
            socket->setProperty("done", true);
            const QList<QByteArray> line = received->left(received->indexOf("\r\n")).split(' ');
            ++byStatus[line.size() >= 2 ? line.at(1).toInt() : 0];
            --m_open;
            socket->deleteLater();
            if (running)
                openOne();
        };
        // The answer is complete at its Content-Length (the hub may keep the connection open).
        connect(socket, &QTcpSocket::readyRead, socket, [socket, received, done] {
            *received += socket->readAll();
            const qsizetype end = received->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : received->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (received->size() >= end + 4 + length) {
                done();
                socket->abort();
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, done);
        connect(socket, &QTcpSocket::errorOccurred, socket, done);
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
Phase runPhase(const QString &name, Desk &desk, quint16 port, int inFlight, int seconds)
{
    Phase phase{name, {}, {}, 0};
    Flood flood;
    desk.roundTrips = &phase.roundTrips;
    QElapsedTimer clock;
    clock.start();
    if (inFlight > 0)
        flood.start(port, inFlight);
    idle(seconds * 1000);
    desk.roundTrips = nullptr;
    flood.running = false;
    phase.seconds = double(clock.elapsed()) / 1000.0;
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
    const QString location = dir.filePath(u"hub.db"_s);
    QString error;
    const QString bearer = seedAgent(location, &error);
    if (bearer.isEmpty()) {
        out << "seeding failed: " << error << '\n';
        return 1;
    }
    HubProcess hub;
    if (!hub.start(parser.value(u"hub"_s), location)) {
        out << "the hub did not start\n";
        return 1;
    }
    Desk desk;
    desk.open(hub.port, bearer);
    if (!runUntil([&] { return desk.ready; }, 10000)) {
        out << "the desk did not connect\n";
        return 1;
    }

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
    out << "desk errors: " << desk.errors << '\n';
    out.flush();
    return other == 0 && desk.errors == 0 ? 0 : 1;
}
