#include "instance/SingleInstance.h"

#include "logging/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace Signet {

using namespace Qt::StringLiterals;

namespace {
QString runtimeDirectory()
{
    // Qt checks that the runtime directory is the user's own with mode 0700 (and warns otherwise).
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
}

QByteArray message(const QStringList &arguments)
{
    return QJsonDocument(QJsonObject{{"signet"_L1, 1},
                                     {"arguments"_L1, QJsonArray::fromStringList(arguments)}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    const QString name =
        u"signet-"_s +
        QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QDir dir(runtimeDirectory());
    m_socketPath = dir.filePath(name + u".socket"_s);
    m_lockPath = dir.filePath(name + u".lock"_s);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file before the lock is released
}

Result<SingleInstance::Role> SingleInstance::start(const QStringList &arguments, int timeoutMs)
{
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone, never by age
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() != QLockFile::LockFailedError)
            return fail(tr("Cannot create %1 to check for a running Signet.").arg(m_lockPath));
        m_lock.reset();
        return sendToPrimary(arguments, timeoutMs);
    }
    // Ours now: a socket file left by a crashed primary is removed, then listened on.
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(8);
    if (!m_server->listen(m_socketPath))
        return fail(tr("Cannot listen on %1: %2").arg(m_socketPath, m_server->errorString()));
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return Role::Primary;
}

Result<SingleInstance::Role> SingleInstance::sendToPrimary(const QStringList &arguments,
                                                           int timeoutMs)
{
    // The primary may have taken the lock a moment ago and not be listening yet: try again briefly.
    QElapsedTimer clock;
    clock.start();
    QLocalSocket socket;
    while (true) {
        socket.connectToServer(m_socketPath);
        if (socket.waitForConnected(std::max(1, timeoutMs - int(clock.elapsed()))))
            break;
        if (clock.elapsed() >= timeoutMs)
            return fail(tr("Another Signet holds %1 but does not answer.").arg(m_lockPath), kBusy);
        QThread::msleep(50);
    }
    socket.write(message(arguments));
    while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(timeoutMs)) {
    }
    // The primary answers once it has taken the arguments.
    while (!socket.canReadLine() && clock.elapsed() < timeoutMs &&
           socket.state() == QLocalSocket::ConnectedState)
        socket.waitForReadyRead(std::max(1, timeoutMs - int(clock.elapsed())));
    if (socket.readLine().trimmed() != "ok")
        return fail(tr("The running Signet did not take the request."), kBusy);
    return Role::Secondary;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        // A launch says its piece at once; a connection that lingers is not one.
        QTimer::singleShot(kReadTimeoutMs, socket, &QLocalSocket::abort);
        read(socket);
    }
}

void SingleInstance::read(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > kMaxMessage) {
        qCWarning(lcUi) << "dropped an oversized message from another launch";
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    const QByteArray line = socket->readLine();
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
    const QJsonValue arguments = object.value("arguments"_L1);
    if (error.error != QJsonParseError::NoError || object.value("signet"_L1).toInt() != 1 ||
        !arguments.isArray()) {
        qCWarning(lcUi) << "dropped an unreadable message from another launch";
        socket->abort();
        return;
    }
    QStringList out;
    for (const QJsonValue &value : arguments.toArray()) {
        if (!value.isString()) {
            qCWarning(lcUi) << "dropped an unreadable message from another launch";
            socket->abort();
            return;
        }
        out << value.toString();
    }
    socket->write("ok\n");
    socket->disconnectFromServer();
    emit argumentsReceived(out);
}

} // namespace Signet
