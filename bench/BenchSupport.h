#pragma once

// What the benchmarks share: percentiles, a process's memory, free ports, an event loop that runs
// until a condition holds, and a signet-hub started as its own process on a database.
#include "crypto/RandomToken.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace Signet::Bench {

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(
        std::max(0.0, std::ceil(p / 100.0 * static_cast<double>(values.size())) - 1));
    return values.at(std::min(index, values.size() - 1));
}

// A field of /proc/PID/status (VmRSS) or /proc/PID/smaps_rollup (Pss), in KiB; -1 if unknown.
inline qint64 procKb(qint64 pid, const char *file, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1StringView(file)));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline qint64 residentKb(qint64 pid)
{
    return procKb(pid, "status", "VmRSS");
}

// Proportional set size: shared pages divided among the processes sharing them (the fair sum
// over a browser's several processes).
inline qint64 proportionalKb(qint64 pid)
{
    return procKb(pid, "smaps_rollup", "Pss");
}

// A process and all its descendants.
inline QList<qint64> processTree(qint64 root)
{
    QList<qint64> tree{root};
    bool grew = true;
    while (grew) {
        grew = false;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            if (!isPid || tree.contains(pid))
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            // pid (comm) state ppid …: comm may hold spaces, so read after the last ')'.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> after = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (after.size() > 1 && tree.contains(after.at(1).toLongLong())) {
                tree << pid;
                grew = true;
            }
        }
    }
    return tree;
}

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Runs the event loop until done() or the deadline; false on the deadline. It waits for events
// (a driver that spins keeps a core busy, taking it from the programs it measures) and checks
// done at least every 5 ms.
template<typename Done> bool runUntil(Done done, qint64 ms)
{
    QElapsedTimer clock;
    clock.start();
    QTimer tick;
    tick.start(5);
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

inline void idle(qint64 ms)
{
    runUntil([] { return false; }, ms);
}

// Bounds a whole run, whatever happens: after minutes the driver says so and exits with 1.
inline void giveUpAfter(QCoreApplication &app, int minutes, const char *name)
{
    QTimer::singleShot(minutes * 60 * 1000, &app, [minutes, name] {
        std::printf("%s: gave up after %d minutes\n", name, minutes);
        std::fflush(stdout);
        std::_Exit(1);
    });
}

// Agents with a login each (a bearer the hub recognises), written straight into the hub's tables
// as ConversationSeeder below writes conversations. The first error is kept.
struct AgentSeeder
{
    QSqlQuery agent;
    QSqlQuery grant;
    QString error;

    explicit AgentSeeder(const QSqlDatabase &db)
        : agent(db)
        , grant(db)
    {
        agent.prepare(
            QStringLiteral("INSERT INTO agents (id, username, display_name, role, password_hash) "
                           "VALUES (?, ?, ?, 'agent', ?)"));
        grant.prepare(
            QStringLiteral("INSERT INTO bearer_grants (token_hash, agent_id, role, expires_ts) "
                           "VALUES (?, ?, 'agent', ?)"));
    }

    // The agent's bearer; id is also its user name. The store keeps a bearer's SHA-256, as the
    // hub does.
    QString add(const QString &id, const QString &displayName, const QString &passwordHash,
                qint64 expiresTs)
    {
        agent.addBindValue(id);
        agent.addBindValue(id);
        agent.addBindValue(displayName);
        agent.addBindValue(passwordHash);
        run(agent);
        const QString bearer = Crypto::randomToken(32);
        grant.addBindValue(QString::fromLatin1(
            QCryptographicHash::hash(bearer.toUtf8(), QCryptographicHash::Sha256).toHex()));
        grant.addBindValue(id);
        grant.addBindValue(expiresTs);
        run(grant);
        return bearer;
    }

    void run(QSqlQuery &query)
    {
        if (!query.exec() && error.isEmpty())
            error = query.lastError().text();
    }
};

// Customers and their open web-chat conversations written straight into the hub's tables, for
// drivers that need thousands (the hub's own paths commit each row, right for a hub and too slow to
// set up a benchmark). The first error is kept.
struct ConversationSeeder
{
    QSqlQuery consumer;
    QSqlQuery conversation;
    QString error;

    explicit ConversationSeeder(const QSqlDatabase &db)
        : consumer(db)
        , conversation(db)
    {
        consumer.prepare(QStringLiteral(
            "INSERT INTO consumers (id, first_name, last_name, context_json, name_folded) "
            "VALUES (?, ?, 'Bench', '{\"type\":\"WebChat\"}', ?)"));
        conversation.prepare(QStringLiteral(
            "INSERT INTO conversations (id, consumer_id, state, skill, start_ts, assigned_agent, "
            "context_json, channel) VALUES (?, ?, 'OPEN', 'general', ?, ?, "
            "'{\"type\":\"WebChat\"}', 'WebChat')"));
    }

    void add(const QString &convId, const QString &customerId, const QString &customerName,
             qint64 startTs, const QString &agentId)
    {
        consumer.addBindValue(customerId);
        consumer.addBindValue(customerName);
        consumer.addBindValue(QString(customerName + QStringLiteral(" bench")).toCaseFolded());
        run(consumer);
        conversation.addBindValue(convId);
        conversation.addBindValue(customerId);
        conversation.addBindValue(startTs);
        conversation.addBindValue(agentId);
        run(conversation);
    }

    void run(QSqlQuery &query)
    {
        if (!query.exec() && error.isEmpty())
            error = query.lastError().text();
    }
};

// signet-hub as its own process on 127.0.0.1 (a free port) and the given database; stopped (then
// killed) when this goes.
struct HubProcess
{
    QProcess process;
    quint16 port = 0;

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

    // Every simulated desk comes from 127.0.0.1, where a team's would come from many addresses:
    // by default no cap per address (its deadlines still apply); options replace that.
    bool start(const QString &binary, const QString &location,
               const QStringList &options = {QStringLiteral("--max-connections-per-address"),
                                             QStringLiteral("0")})
    {
        port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(binary, QStringList{QStringLiteral("--listen"),
                                          QStringLiteral("127.0.0.1:%1").arg(port),
                                          QStringLiteral("--db"), location} +
                                  options);
        if (!process.waitForStarted(10000))
            return false;
        QNetworkAccessManager network;
        const QUrl probe(base() + QStringLiteral("/api/account/signet/service/baseURI.json"));
        QElapsedTimer clock;
        clock.start();
        while (process.state() == QProcess::Running && clock.elapsed() < 30000) {
            QNetworkReply *reply = network.get(QNetworkRequest(probe));
            runUntil([reply] { return reply->isFinished(); }, 2000);
            const bool up = reply->error() == QNetworkReply::NoError;
            delete reply;
            if (up)
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    ~HubProcess()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished(5000);
    }
};

} // namespace Signet::Bench
