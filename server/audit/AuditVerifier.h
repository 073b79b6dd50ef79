#pragma once

#include "store/Store.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <vector>

namespace Signet::Hub {

// Checks the audit log's hash chain off the event loop. Re-checking the whole chain on every
// supervisor's request once ran on the thread that serves desks, and grew with the log.
//
// * A request checks only what was appended since the last verified checkpoint, and that the
//   checkpoint's own entry still carries its hash (so a chain rewritten or cut after it is seen
//   at once). The checkpoint is kept in memory, never in the database its writer could edit.
// * The whole chain is re-checked at start and every fullPassMs: that is how an entry changed in
//   place before the checkpoint is found. The hub logs what it finds.
// * Checks run one at a time on a worker thread with a connection of its own; requests that come
//   meanwhile share the next check.
class AuditVerifier : public QObject
{
    Q_OBJECT
public:
    struct Status
    {
        bool intact = true;
        QString problem;
        qint64 checkedThrough = 0; // the last entry checked
        qint64 fullPassAt = 0;     // when the whole chain was last found intact (ms; 0: not yet)
    };
    using Done = std::function<void(const Status &)>;

    AuditVerifier(const Store &store, int fullPassMs, QObject *parent = nullptr);
    ~AuditVerifier() override;

    // Starts the worker and the first full pass.
    void start();
    // Checks what is new and answers done (on this object's thread) with the log's state.
    void check(Done done);
    const Status &status() const { return m_status; }

private:
    class Worker;
    void runNext(bool full);
    void finished(const AuditChainCheck &result, bool full);

    const Store &m_store;
    int m_fullPassMs;
    QThread m_thread;
    Worker *m_worker = nullptr;
    std::atomic_bool m_cancel{false};
    QTimer m_fullPass;
    Status m_status;
    qint64 m_checkpointSequence = 0;
    QString m_checkpointHash;
    bool m_running = false;
    bool m_fullWanted = true;
    std::vector<Done> m_answering; // waiting for the running check
    std::vector<Done> m_waiting;   // waiting for the next one
};

} // namespace Signet::Hub
