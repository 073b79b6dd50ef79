// Fault injection: customers keep talking (over the customer page's HTTP API) and two agents keep
// answering (through their desks' outboxes) while the real signet-hub process is killed with
// SIGKILL and started again, and the desks' connections are cut in the middle of what they carry,
// cycle after cycle. Afterwards every desk's transcripts hold exactly the hub's events — no gaps,
// no duplicates, in sequence order — every message the hub acknowledged (to a customer or to a
// desk) is stored, every message an agent wrote is stored exactly once, and nothing a customer
// sent is stored twice. SIGNET_FAULT_CYCLES sets the number of cycles (10 in the suite; `./dev.sh
// faults` runs 100). Runs on SQLite (WAL) and on PostgreSQL.
#include "Await.h"
#include "TcpProxy.h"
#include "TestDatabase.h"
#include "TestHub.h"
#include "conversation/DeskSession.h"
#include "protocol/MessageTypes.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

#include <array>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 30000;
constexpr int kConversations = 6;

// The real hub binary, killed and started again on the same database and port.
class HubProcess
{
public:
    HubProcess(QString database, quint16 port)
        : m_database(std::move(database))
        , m_port(port)
    {}
    ~HubProcess() { kill(); }

    bool start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        // Read as it comes: a hub blocked on a full pipe would look like a hung hub.
        QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(), [this] {
            m_output = QByteArray(m_output + m_process->readAll()).right(60000);
        });
        m_process->start(QStringLiteral(SIGNET_HUB_BINARY),
                         {u"--db"_s, m_database, u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)});
        if (!m_process->waitForStarted(kWait))
            return false;
        // Ready when it accepts connections.
        return spinUntil(
                   [&] {
                       if (m_process->state() != QProcess::Running)
                           return true;
                       QTcpSocket probe;
                       probe.connectToHost(QHostAddress::LocalHost, m_port);
                       return probe.waitForConnected(50);
                   },
                   kWait) &&
               m_process->state() == QProcess::Running;
    }

    void kill()
    {
        if (!m_process)
            return;
        m_process->kill(); // SIGKILL: no shutdown, no flush
        m_process->waitForFinished(kWait);
        m_output = QByteArray(m_output + m_process->readAll()).right(60000);
        m_process.reset();
    }

    QByteArray output() const { return m_output; }
    bool running() const { return m_process && m_process->state() == QProcess::Running; }

private:
    QString m_database;
    quint16 m_port;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
};

struct Customer
{
    QString convId;
    QUrl page;
    int sent = 0;
    bool inFlight = false;
    QStringList acknowledged;
    QStringList attempted;
};

struct Agent
{
    QString name;
    QString id;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<AgentConnection> connection;
    std::unique_ptr<DeskSession> session;
    QStringList conversations;
    QStringList written;
    int next = 0;
};

} // namespace

class FaultInjectionTest : public QObject
{
    Q_OBJECT
private slots:
    void everyDeskHoldsExactlyTheHubsEventsAfterKillsAndCuts()
    {
        const int cycles = qEnvironmentVariableIsSet("SIGNET_FAULT_CYCLES")
                               ? qEnvironmentVariableIntValue("SIGNET_FAULT_CYCLES")
                               : 10;
        QTemporaryDir dir;
        const QString database = freshDatabase(dir);
        QVERIFY(!database.isEmpty());

        // Set up with an in-process hub on the database: two agents, six customers, their
        // conversations assigned, and each customer's page (its key survives restarts).
        quint16 port = 0;
        QList<Customer> customers;
        std::array<Agent, 2> agents;
        agents[0].name = u"ana"_s;
        agents[1].name = u"bo"_s;
        {
            HubOptions options;
            options.databasePath = database;
            options.address = QHostAddress::LocalHost;
            options.port = 0;
            HubServer setup(options);
            const Result<quint16> listening = setup.start();
            QVERIFY2(listening.ok(), qPrintable(listening.error()));
            port = listening.value();
            for (Agent &a : agents) {
                QVERIFY(setup.store().upsertAgent(a.name, a.name, u"agent"_s, kPassword).ok());
                a.id = setup.store().agentByName(a.name)->id;
            }
            for (int i = 0; i < kConversations; ++i) {
                ConsumerRecord consumer;
                consumer.id = u"customer-%1"_s.arg(i);
                consumer.firstName = u"Customer %1"_s.arg(i);
                consumer.context.channel = ChannelType::WebChat;
                const Result<QString> convId = setup.startConversation(consumer, u"Hello"_s, {});
                QVERIFY(convId.ok());
                Agent &agent = agents[i % 2];
                QVERIFY(setup.assign(convId.value(), agent.id).ok());
                agent.conversations << convId.value();
                Customer customer;
                customer.convId = convId.value();
                customer.page = setup.customerPageUrl(convId.value());
                customers.append(customer);
            }
        }

        HubProcess hub(database, port);
        QVERIFY2(hub.start(), hub.output().constData());
        TcpProxy proxy(port);
        for (Agent &a : agents) {
            a.outbox = std::make_unique<Outbox>(dir.filePath(a.name + u"-outbox.json"_s));
            a.connection = std::make_unique<AgentConnection>();
            ReconnectPolicy fast;
            fast.initialDelayMs = 50;
            fast.maxDelayMs = 400;
            a.connection->setReconnectPolicy(fast);
            a.connection->setRequestTimeout(3000);
            a.session = std::make_unique<DeskSession>(a.connection.get());
            a.session->setOutbox(a.outbox.get());
            ServerEndpoint endpoint;
            endpoint.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
            endpoint.username = a.name;
            a.connection->open(endpoint, kPassword);
        }
        for (Agent &a : agents) {
            QVERIFY(spinUntil(
                [&] {
                    for (const QString &c : std::as_const(a.conversations)) {
                        if (!a.session->messages(c))
                            return false;
                    }
                    return true;
                },
                kWait));
        }

        // The load: each customer writes again as soon as the hub answered (or failed to); each
        // agent writes every 40 ms, online or not.
        QNetworkAccessManager network;
        bool loading = true;
        auto postNext = [&](int index, auto &&self) -> void {
            Customer &c = customers[index];
            if (!loading || c.inFlight)
                return;
            c.inFlight = true;
            const QString text = u"%1 says %2"_s.arg(index).arg(++c.sent);
            c.attempted << text;
            QUrl url = c.page;
            url.setPath(url.path() + u"/messages"_s);
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setTransferTimeout(3000);
            QNetworkReply *reply =
                network.post(request, QJsonDocument(QJsonObject{{"text"_L1, text}}).toJson());
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, index, text, reply, self] {
                reply->deleteLater();
                Customer &answered = customers[index];
                answered.inFlight = false;
                const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
                if (reply->error() == QNetworkReply::NoError && body.contains("sequence"_L1))
                    answered.acknowledged << text;
                QTimer::singleShot(10 + QRandomGenerator::global()->bounded(30), &network,
                                   [index, self] { self(index, self); });
            });
        };
        for (int i = 0; i < customers.size(); ++i)
            postNext(i, postNext);
        QTimer agentsWrite;
        QObject::connect(&agentsWrite, &QTimer::timeout, [&] {
            for (Agent &a : agents) {
                const QString convId = a.conversations.at(a.next++ % a.conversations.size());
                const QString text = u"%1 answers %2"_s.arg(a.name).arg(a.written.size() + 1);
                a.session->sendText(convId, text);
                a.written << text;
            }
        });
        agentsWrite.start(100);
        int reconnects = 0;
        for (Agent &a : agents)
            QObject::connect(a.connection.get(), &AgentConnection::online, [&] { ++reconnects; });

        QElapsedTimer clock;
        clock.start();
        for (int cycle = 0; cycle < cycles; ++cycle) {
            // Long enough up for the desks to log in again (PBKDF2 takes a while) and work a bit.
            QTest::qWait(700 + QRandomGenerator::global()->bounded(300));
            proxy.cutMidFrame();
            QTest::qWait(300 + QRandomGenerator::global()->bounded(300));
            hub.kill();
            QTest::qWait(100 + QRandomGenerator::global()->bounded(200));
            QVERIFY2(hub.start(), hub.output().constData());
        }
        // Let everyone catch up, then stop writing and wait for the outboxes to drain.
        QTest::qWait(500);
        loading = false;
        agentsWrite.stop();
        QVERIFY(spinUntil(
            [&] {
                for (const Customer &c : std::as_const(customers)) {
                    if (c.inFlight)
                        return false;
                }
                return true;
            },
            kWait));
        for (Agent &a : agents) {
            QVERIFY2(
                spinUntil([&] { return a.session->waitingToSend() == 0; }, 2 * kWait),
                qPrintable(u"%1 still has %2 waiting (%3: %4); the hub %5:\n%6"_s.arg(
                    a.name, QString::number(a.session->waitingToSend()), a.connection->stateText(),
                    a.connection->offlineReason(), hub.running() ? u"runs"_s : u"does not run"_s,
                    QString::fromUtf8(hub.output()))));
        }

        // The hub's events, read from its database while it runs.
        Store store;
        QVERIFY(store.open(database).ok());
        int compared = 0, acknowledged = 0, attempted = 0, stored = 0, agentMessages = 0;
        QHash<QString, int> storedCount;
        for (const Customer &c : std::as_const(customers)) {
            const QList<MessagingEvent> events = store.events(c.convId, -1, 100000);
            for (qsizetype i = 0; i < events.size(); ++i) {
                QCOMPARE(events.at(i).sequence, i); // the hub's own sequence has no gaps
                ++storedCount[events.at(i).event.message];
            }
            stored += static_cast<int>(events.size());
            // Durability: everything the hub acknowledged to the customer is there.
            for (const QString &text : c.acknowledged)
                QVERIFY2(storedCount.value(text) == 1, qPrintable(text));
            // And nothing a customer sent is there twice (customers never resend).
            for (const QString &text : c.attempted)
                QVERIFY2(storedCount.value(text) <= 1, qPrintable(text));
            acknowledged += static_cast<int>(c.acknowledged.size());
            attempted += static_cast<int>(c.attempted.size());
        }
        // Every message an agent wrote is stored exactly once (the outbox and the idempotency key).
        for (const Agent &a : std::as_const(agents)) {
            for (const QString &text : a.written)
                QVERIFY2(
                    storedCount.value(text) == 1,
                    qPrintable(u"%1 stored %2 times"_s.arg(text).arg(storedCount.value(text))));
            agentMessages += static_cast<int>(a.written.size());
        }
        // Every desk's transcripts are exactly the hub's events, in order.
        for (Agent &a : agents) {
            for (const QString &convId : std::as_const(a.conversations)) {
                QList<QPair<qint64, QString>> hubRows;
                for (const MessagingEvent &e : store.events(convId, -1, 100000)) {
                    if (e.event.type == Event::Type::Content)
                        hubRows.append({e.sequence, e.event.message});
                }
                auto deskRows = [&] {
                    QList<QPair<qint64, QString>> rows;
                    const MessageListModel *model = a.session->messages(convId);
                    for (int row = 0; model && row < model->rowCount(); ++row)
                        rows.append({model->messageAt(row).sequence, model->messageAt(row).text});
                    return rows;
                };
                QVERIFY2(spinUntil([&] { return deskRows() == hubRows; }, kWait),
                         qPrintable(u"%1's %2: %3 rows on the desk, %4 at the hub"_s.arg(
                             a.name, convId, QString::number(deskRows().size()),
                             QString::number(hubRows.size()))));
                compared += static_cast<int>(hubRows.size());
            }
        }
        qInfo("%d cycles in %.1f s: %d hub kills (SIGKILL), %d connections cut mid-chunk and %d "
              "while idle; the desks came back online %d times",
              cycles, clock.elapsed() / 1000.0, cycles, proxy.cutMidChunk(), proxy.cutIdle(),
              reconnects);
        int customerStored = 0;
        for (const Customer &c : std::as_const(customers)) {
            for (const QString &text : c.attempted)
                customerStored += storedCount.value(text);
        }
        qInfo("customers sent %d messages, the hub acknowledged %d and stored %d of them; agents "
              "wrote %d, each stored once; %d events stored in all",
              attempted, acknowledged, customerStored, agentMessages, stored);
        qInfo("the desks' transcripts hold exactly the hub's %d messages: no gaps, no duplicates, "
              "in sequence order",
              compared);
        QVERIFY(cycles == 0 || proxy.cutMidChunk() + proxy.cutIdle() > 0);
        QVERIFY(acknowledged > 0 && agentMessages > 0);
    }
};

QTEST_GUILESS_MAIN(FaultInjectionTest)
#include "FaultInjectionTest.moc"
