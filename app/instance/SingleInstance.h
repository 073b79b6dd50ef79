#pragma once

#include "Result.h"

#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace Signet {

// One desk per user and state directory (the outbox and sign-in states live there): the first
// launch becomes the primary and listens on a local socket; a later launch hands its arguments
// (signet:// links) to the primary, which brings its window forward, and exits.
//
// Who is primary is decided by a lock file held for the primary's life, so two launches at the same
// moment cannot both listen, and a crashed primary's lock is recognised as stale. The socket and
// the lock live in the user's runtime directory ($XDG_RUNTIME_DIR, mode 0700), so other users can
// neither connect nor take the name; without one, in the temporary directory with user-only access.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role { Primary, Secondary };

    // key: what makes desks separate (a hash of the state directory's path is used).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the primary, or hands arguments to the running primary (waiting up to timeoutMs for
    // it to answer). An error when neither works: with errorCode() kBusy a desk holds the lock but
    // does not answer (a second desk on the same state must not start); otherwise the check itself
    // failed (no runtime directory) and the caller may run on as a lone desk.
    static constexpr int kBusy = 1;
    Result<Role> start(const QStringList &arguments, int timeoutMs = 5000);

    QString socketPath() const { return m_socketPath; }
    QString lockPath() const { return m_lockPath; }

    // Longest message a secondary may send (links are short; anything longer is not ours).
    static constexpr qint64 kMaxMessage = 64 * 1024;
    static constexpr int kReadTimeoutMs = 5000;

signals:
    // A later launch's arguments (empty: it was launched with none; bring the window forward).
    void argumentsReceived(const QStringList &arguments);

private:
    Result<Role> sendToPrimary(const QStringList &arguments, int timeoutMs);
    void onConnection();
    void read(QLocalSocket *socket);

    QString m_socketPath;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace Signet
