#include "audit/AuditVerifier.h"

#include "logging/Logging.h"

#include <QDateTime>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace Signet::Hub {

// Lives on the verifier's thread, with a database connection of that thread.
class AuditVerifier::Worker : public QObject
{
public:
    Worker(const Store &store, const std::atomic_bool &cancel)
        : m_store(store)
        , m_cancel(cancel)
    {}
    ~Worker() override
    {
        if (m_connection.isEmpty())
            return;
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    AuditChainCheck run(qint64 fromSequence, const QString &fromHash)
    {
        if (m_connection.isEmpty()) {
            // Cloned by name, so the connection belongs to this thread.
            Result<QString> opened = m_store.openAnotherConnection();
            if (!opened) {
                AuditChainCheck failed;
                failed.lastSequence = fromSequence;
                failed.lastHash = fromHash;
                failed.problem = opened.error();
                failed.unreadable = true;
                return failed;
            }
            m_connection = opened.value();
        }
        return Store::checkAuditChain(QSqlDatabase::database(m_connection, false), fromSequence,
                                      fromHash, &m_cancel);
    }

private:
    const Store &m_store;
    const std::atomic_bool &m_cancel;
    QString m_connection;
};

AuditVerifier::AuditVerifier(const Store &store, int fullPassMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_fullPassMs(fullPassMs)
    , m_checkpointHash(Store::auditSeed())
{
    m_thread.setObjectName(u"audit-verifier"_s);
    m_fullPass.setInterval(m_fullPassMs);
    connect(&m_fullPass, &QTimer::timeout, this, [this] {
        m_fullWanted = true;
        if (!m_running)
            runNext(true);
    });
}

AuditVerifier::~AuditVerifier()
{
    m_cancel = true; // a pass under way stops at its next entry
    if (m_worker)    // on its own thread, which owns its connection
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AuditVerifier::start()
{
    if (m_worker)
        return;
    m_worker = new Worker(m_store, m_cancel);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    m_fullPass.start();
    runNext(true);
}

void AuditVerifier::check(Done done)
{
    m_waiting.push_back(std::move(done));
    if (!m_worker)
        start(); // its first pass answers
    else if (!m_running)
        runNext(m_fullWanted);
}

void AuditVerifier::runNext(bool full)
{
    m_running = true;
    m_fullWanted = m_fullWanted && !full;
    m_answering = std::move(m_waiting);
    m_waiting.clear();
    const qint64 checkpoint = m_checkpointSequence;
    const QString checkpointHash = m_checkpointHash;
    QMetaObject::invokeMethod(
        m_worker, [this, worker = m_worker, checkpoint, checkpointHash, full] {
            AuditChainCheck result = worker->run(checkpoint, checkpointHash);
            // A full pass also checks everything before the checkpoint; the checkpoint still has to
            // hold (a chain rewritten consistently from an earlier entry on is still rewritten).
            if (full && checkpoint > 0 && result.problem.isEmpty())
                result = worker->run(0, Store::auditSeed());
            // Back on the verifier's thread; dropped when the verifier is gone by then.
            QMetaObject::invokeMethod(this, [this, result, full] { finished(result, full); });
        });
}

void AuditVerifier::finished(const AuditChainCheck &result, bool full)
{
    m_running = false;
    Status answer = m_status;
    if (result.problem.isEmpty()) {
        m_checkpointSequence = result.lastSequence;
        m_checkpointHash = result.lastHash;
        m_status.checkedThrough = result.lastSequence;
        if (full) {
            m_status.fullPassAt = QDateTime::currentMSecsSinceEpoch();
            m_status.intact = true;
            m_status.problem.clear();
        }
        answer = m_status;
    } else if (result.unreadable || m_cancel) {
        // Not a break: this answer says the log could not be read; the next check tries again.
        answer.intact = false;
        answer.problem = result.problem;
    } else {
        // A break stays reported until a full pass finds the log whole again.
        if (m_status.intact || m_status.problem != result.problem)
            qCCritical(lcHub) << "the audit log's hash chain is broken:" << result.problem;
        m_status.intact = false;
        m_status.problem = result.problem;
        answer = m_status;
    }
    const std::vector<Done> answering = std::move(m_answering);
    m_answering.clear();
    for (const Done &done : answering)
        done(answer);
    if (!m_waiting.empty() || m_fullWanted)
        runNext(m_fullWanted);
}

} // namespace Signet::Hub
