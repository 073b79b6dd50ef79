// The hub under a contact center's load: signet-hub runs as its own process (as a team runs it)
// with CONVERSATIONS live conversations spread over CONNECTIONS agents, each agent's desk holding
// a WebSocket subscribed to its conversations; customers then write through the customer page's
// HTTP endpoint, and each message is timed from the customer's POST to the moment the agent's
// WebSocket has it. Reported:
//  * memory: the hub's resident set before the desks connect and with all of them subscribed
//    (per connection: the difference divided by CONNECTIONS);
//  * throughput: customers write as fast as the hub takes it (a window of requests in flight) for
//    SECONDS; events delivered per second;
//  * latency under load: customers write at half that rate for SECONDS; p50/p99/max from the
//    customer's POST to the agent's WebSocket, and how many never arrived.
// --two-hubs (PostgreSQL): two hub processes on one database, the desks on hub A, the customers on
// hub B: every message crosses between hubs through LISTEN/NOTIFY.
// The driver stops by itself: every phase is bounded, the whole run gives up after 15 minutes, and
// the hubs are stopped (then killed) on the way out.
//   hub_load_bench --hub PATH [--connections 2000] [--conversations 10000] [--seconds 10]
//                  [--two-hubs]
// On PostgreSQL when run under tests/support/with-postgres.sh; SQLite otherwise.
#include "BenchSupport.h"
#include "TestDatabase.h"
#include "channels/apple/CustomerPage.h"
#include "crypto/PasswordHash.h"
#include "crypto/RandomToken.h"
#include "protocol/Codec.h"
#include "protocol/Envelope.h"
#include "protocol/MessageTypes.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <set>
#include <vector>

using namespace Signet;
using namespace Signet::Bench;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct Fleet
{
    QStringList urls;    // each conversation's customer page "messages" endpoint
    QStringList bearers; // each agent's
    QString error;
};

// Agents, their logins, customers and open conversations, written straight into the hub's tables
// in one transaction (the hub's own paths hash each password and commit each row, which is right
// for a hub and too slow to set up 10,000 conversations).
Fleet seed(const QString &location, int agents, int conversations)
{
    Fleet fleet;
    QByteArray secret;
    {
        Store schema;
        if (Status opened = schema.open(location); !opened) {
            fleet.error = opened.error();
            return fleet;
        }
        Result<QByteArray> made = schema.hubSecret(u"customer-page"_s);
        if (!made) {
            fleet.error = made.error();
            return fleet;
        }
        secret = made.value();
    }
    const QString connection = u"load-seed"_s;
    {
        QSqlDatabase db = rawConnection(location, connection);
        QSqlQuery q(db);
        q.exec(location.startsWith("postgresql:"_L1) ? u"SET synchronous_commit = off"_s
                                                     : u"PRAGMA synchronous=OFF"_s);
        db.transaction();
        const QString hash = Crypto::PasswordHash::create(u"load-bench-password"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        AgentSeeder agentSeeder(db);
        ConversationSeeder seeder(db);
        for (int a = 0; a < agents; ++a)
            fleet.bearers << agentSeeder.add(u"load-agent-%1"_s.arg(a), u"Agent %1"_s.arg(a), hash,
                                             now + 8 * 3600 * 1000);
        for (int c = 0; c < conversations; ++c) {
            const QString customer = u"load-customer-%1"_s.arg(c);
            const QString convId = u"load-conv-%1"_s.arg(c);
            seeder.add(convId, customer, u"Customer %1"_s.arg(c), now,
                       u"load-agent-%1"_s.arg(c % agents));
            fleet.urls << u"/customer/%1/messages?key=%2"_s.arg(
                convId, QString::fromLatin1(CustomerPage::linkKey(secret, convId)));
        }
        if (fleet.error.isEmpty())
            fleet.error = !agentSeeder.error.isEmpty() ? agentSeeder.error : seeder.error;
        if (!db.commit() && fleet.error.isEmpty())
            fleet.error = db.lastError().text();
    }
    closeRawConnection(connection);
    return fleet;
}

// The agents' desks: one WebSocket each, subscribed to its conversations; records when each
// benchmark message arrives.
class Desks : public QObject
{
public:
    std::vector<qint64> sentNs;    // by message id
    std::vector<qint64> arrivedNs; // by message id; 0 until it arrives
    QElapsedTimer clock;
    int connected = 0;
    int subscribed = 0;
    int failed = 0;
    qint64 delivered = 0;

    Desks() { clock.start(); }

    void open(const QString &wsBase, const QStringList &bearers, int inFlight)
    {
        qsizetype next = 0;
        auto openOne = [&] {
            auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
            m_sockets.push_back(socket);
            connect(socket, &QWebSocket::connected, this, [this, socket] {
                ++connected;
                socket->sendTextMessage(
                    QString::fromUtf8(Protocol::encodeEnvelope(Protocol::Envelope::request(
                        u"1"_s, Protocol::Types::SubscribeExConversations,
                        toJson(Protocol::SubscribeConversationsRequest{})))));
            });
            connect(socket, &QWebSocket::disconnected, this, [this] { ++failed; });
            connect(socket, &QWebSocket::textMessageReceived, this,
                    [this, socket](const QString &text) { received(socket, text); });
            socket->open(QUrl(wsBase + bearers.at(next) + u"?v=2.1"_s));
            ++next;
        };
        while (next < bearers.size()) {
            while (next < bearers.size() && next - subscribed - failed < inFlight)
                openOne();
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            5);
        }
    }

    void received(QWebSocket *socket, const QString &text)
    {
        if (text.contains(QLatin1StringView(Protocol::Types::ExConversationChangeNotification)) &&
            !text.contains("bench:"_L1)) {
            // The first is the subscription's snapshot.
            if (m_snapshots.insert(socket).second)
                ++subscribed;
            return;
        }
        const qsizetype at = text.indexOf("bench:"_L1);
        if (at < 0 || !text.contains(QLatin1StringView(Protocol::Types::OnlineEventDistribution)))
            return;
        qsizetype end = at + 6;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        const qint64 id = QStringView(text).mid(at + 6, end - at - 6).toLongLong();
        if (id < 0 || id >= static_cast<qint64>(arrivedNs.size()) || arrivedNs[size_t(id)] != 0)
            return;
        arrivedNs[size_t(id)] = clock.nsecsElapsed();
        ++delivered;
    }

    void closeAll()
    {
        for (QWebSocket *socket : m_sockets) {
            socket->disconnect(this);
            socket->abort();
        }
    }

private:
    std::vector<QWebSocket *> m_sockets;
    std::set<QWebSocket *> m_snapshots;
};

// Customers writing: POSTs spread over several connections' worth of network managers.
class Customers : public QObject
{
public:
    Customers(Desks &desks, const QString &base, const QStringList &urls)
        : m_desks(desks)
        , m_base(base)
        , m_urls(urls)
    {
        for (int i = 0; i < 8; ++i)
            m_network.push_back(std::make_unique<QNetworkAccessManager>());
    }

    qint64 accepted = 0;
    qint64 refused = 0;
    int inFlight = 0;

    // Sends message id to the next conversation.
    void send(qint64 id)
    {
        const QString &path = m_urls.at(static_cast<qsizetype>(id % m_urls.size()));
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QByteArray body = "{\"text\":\"bench:" + QByteArray::number(id) +
                                " Hello, I have a question about my order.\"}";
        m_desks.sentNs[size_t(id)] = m_desks.clock.nsecsElapsed();
        ++inFlight;
        QNetworkReply *reply = m_network[size_t(id) % m_network.size()]->post(request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            --inFlight;
            (reply->error() == QNetworkReply::NoError ? accepted : refused)++;
            reply->deleteLater();
            if (onFinished)
                onFinished();
        });
    }

    std::function<void()> onFinished;

private:
    Desks &m_desks;
    QString m_base;
    QStringList m_urls;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_network;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"hub"_s, u"The signet-hub binary."_s, u"path"_s});
    parser.addOption({u"connections"_s, u"Agents' WebSockets."_s, u"n"_s, u"2000"_s});
    parser.addOption({u"conversations"_s, u"Live conversations."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"seconds"_s, u"Length of each measuring phase."_s, u"s"_s, u"10"_s});
    parser.addOption({u"two-hubs"_s, u"Desks on one hub, customers on another (PostgreSQL)."_s});
    parser.process(app);
    const int connections = std::max(1, parser.value(u"connections"_s).toInt());
    const int conversations = std::max(connections, parser.value(u"conversations"_s).toInt());
    const int seconds = std::max(1, parser.value(u"seconds"_s).toInt());
    const bool twoHubs = parser.isSet(u"two-hubs"_s);
    if (!parser.isSet(u"hub"_s) || (twoHubs && !onPostgres())) {
        out << "hub_load_bench --hub PATH [--two-hubs, under tests/support/with-postgres.sh]\n";
        return 2;
    }
    // The whole run is bounded, whatever happens.
    giveUpAfter(app, 15, "hub_load_bench");
    // Two ends of 2,000 sockets each, plus the hub's files.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    if (files.rlim_cur < rlim_t(2 * connections + 256)) {
        out << "hub_load_bench: the open-file limit (" << files.rlim_cur << ") is too low for "
            << connections << " connections\n";
        return 1;
    }

    QTemporaryDir dir;
    const QString location = freshDatabase(dir, u"load.sqlite"_s);
    QElapsedTimer setup;
    setup.start();
    const Fleet fleet = seed(location, connections, conversations);
    if (!fleet.error.isEmpty()) {
        out << "seeding failed: " << fleet.error << '\n';
        return 1;
    }
    const QString backend = onPostgres() ? u"PostgreSQL"_s : u"SQLite"_s;
    out << "# " << backend << (twoHubs ? " (two hubs)" : "") << ": " << connections << " agents, "
        << conversations << " open conversations (seeded in " << setup.elapsed() << " ms)\n";

    const QString binary = parser.value(u"hub"_s);
    HubProcess agentsHub;
    if (!agentsHub.start(binary, location)) {
        out << "the hub did not start\n";
        return 1;
    }
    std::unique_ptr<HubProcess> customersHub;
    if (twoHubs) {
        customersHub = std::make_unique<HubProcess>();
        if (!customersHub->start(binary, location)) {
            out << "the second hub did not start\n";
            return 1;
        }
    }
    const qint64 hubPid = agentsHub.process.processId();
    idle(500);
    const qint64 idleKb = residentKb(hubPid);

    Desks desks;
    desks.sentNs.assign(4'000'000, 0);
    desks.arrivedNs.assign(4'000'000, 0);
    QElapsedTimer connecting;
    connecting.start();
    desks.open(u"ws://127.0.0.1:%1/ws_api/account/signet/messaging/brand/"_s.arg(agentsHub.port),
               fleet.bearers, 64);
    if (!runUntil([&] { return desks.subscribed + desks.failed >= connections; }, 300000) ||
        desks.failed > 0) {
        out << "connections: " << desks.subscribed << " subscribed, " << desks.failed
            << " failed\n";
        return 1;
    }
    const qint64 connectMs = connecting.elapsed();
    idle(1000);
    const qint64 connectedKb = residentKb(hubPid);
    out << "| connections held | " << desks.subscribed << " (all subscribed in " << connectMs
        << " ms) |\n";
    out << "| hub resident set: idle / with the connections | " << idleKb / 1024 << " MiB / "
        << connectedKb / 1024 << " MiB |\n";
    out << "| memory per connection | "
        << QString::number(double(connectedKb - idleKb) / connections, 'f', 1) << " KiB |\n";

    Customers customers(desks, (customersHub ? *customersHub : agentsHub).base(), fleet.urls);
    qint64 nextId = 0;

    // Throughput: a window of customers' requests always in flight.
    const int window = 48;
    QElapsedTimer phase;
    bool sending = true;
    customers.onFinished = [&] {
        if (sending && nextId < static_cast<qint64>(desks.sentNs.size()))
            customers.send(nextId++);
    };
    const qint64 deliveredBefore = desks.delivered;
    phase.start();
    for (int i = 0; i < window; ++i)
        customers.send(nextId++);
    runUntil([&] { return phase.elapsed() >= seconds * 1000; }, seconds * 1000 + 1000);
    const qint64 deliveredInPhase = desks.delivered - deliveredBefore;
    const double throughput = double(deliveredInPhase) * 1000.0 / double(phase.elapsed());
    sending = false;
    runUntil([&] { return customers.inFlight == 0; }, 30000);
    runUntil([&] { return desks.delivered >= customers.accepted; }, 10000);
    out << "| events delivered per second (saturated, " << window << " requests in flight) | "
        << QString::number(throughput, 'f', 0) << " |\n";

    // Latency at half that rate, sent at an even pace.
    const double rate = std::max(1.0, throughput / 2);
    const qint64 firstId = nextId;
    customers.onFinished = {};
    double owed = 0;
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    QElapsedTimer paceClock;
    qint64 lastTick = 0;
    QObject::connect(&pace, &QTimer::timeout, &app, [&] {
        const qint64 now = paceClock.elapsed();
        owed += rate * double(now - lastTick) / 1000.0;
        lastTick = now;
        while (owed >= 1 && nextId < static_cast<qint64>(desks.sentNs.size())) {
            customers.send(nextId++);
            owed -= 1;
        }
    });
    paceClock.start();
    pace.start(5);
    runUntil([&] { return paceClock.elapsed() >= seconds * 1000; }, seconds * 1000 + 1000);
    pace.stop();
    const qint64 lastId = nextId;
    runUntil(
        [&] {
            for (qint64 id = firstId; id < lastId; ++id) {
                if (desks.arrivedNs[size_t(id)] == 0)
                    return false;
            }
            return true;
        },
        10000);
    std::vector<double> latencies;
    qint64 lost = 0;
    for (qint64 id = firstId; id < lastId; ++id) {
        if (desks.arrivedNs[size_t(id)] == 0)
            ++lost;
        else
            latencies.push_back(double(desks.arrivedNs[size_t(id)] - desks.sentNs[size_t(id)]) /
                                1e6);
    }
    const qint64 loadedKb = residentKb(hubPid);
    out << "| delivery latency at " << QString::number(rate, 'f', 0)
        << " events/s: p50 / p99 / max | " << QString::number(percentile(latencies, 50), 'f', 2)
        << " / " << QString::number(percentile(latencies, 99), 'f', 2) << " / "
        << QString::number(percentile(latencies, 100), 'f', 2) << " ms |\n";
    out << "| messages sent / never delivered | " << (lastId - firstId) << " / " << lost << " |\n";
    out << "| requests refused (all phases) | " << customers.refused << " |\n";
    out << "| hub resident set after the load | " << loadedKb / 1024 << " MiB |\n";
    desks.closeAll();
    out.flush();
    return lost == 0 && customers.refused == 0 ? 0 : 1;
}
