#pragma once

#include "Result.h"
#include "protocol/Envelope.h"
#include "transport/ReconnectPolicy.h"
#include "transport/ServerEndpoint.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QWebSocket;

namespace Signet {

// The desk's connection to a hub: discovery → login → WebSocket, request/response correlation with
// timeouts, notification dispatch, and reconnection with exponential backoff. Every reconnect logs
// in again (a hub restart forgets bearers) and then reports online() so the session re-subscribes
// and catches up.
class AgentConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Online, Reconnecting };
    Q_ENUM(State)

    struct LoginInfo
    {
        QString userId;
        QString role; // "agent" or "supervisor"
        QString displayName;
    };

    using ResponseHandler = std::function<void(const Result<Protocol::Envelope> &)>;

    explicit AgentConnection(QObject *parent = nullptr);
    ~AgentConnection() override;

    void setReconnectPolicy(const ReconnectPolicy &policy) { m_policy = policy; }
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    // Stale connections: a ping every intervalMs while online; no answer (a pong or any frame)
    // within timeoutMs means the server or the network stopped answering, and the desk
    // reconnects instead of showing "Online" over a dead socket.
    void setKeepAlive(int intervalMs, int timeoutMs);

    // Starts connecting. The password is kept in memory only, for logging in again on reconnect.
    void open(const ServerEndpoint &endpoint, const QString &password);
    void close();

    State state() const { return m_state; }
    // Human-readable state for the status bar: "Online", "Reconnecting in 4 s", "Offline: …".
    QString stateText() const;
    QString offlineReason() const { return m_offlineReason; }
    const LoginInfo &login() const { return m_login; }
    const ServerEndpoint &endpoint() const { return m_endpoint; }

    // What an error response (code >= 400) becomes: an Error with the hub's message, or the
    // response itself (for callers that tell "the hub refused" from "the hub was not reached").
    enum class ErrorAnswers { Fail, Deliver };
    // Sends a request; the handler gets the response, a timeout, or "connection lost" (always an
    // Error). The handler is not called once context (which must not be null) is destroyed.
    void request(const QString &type, const QJsonValue &body, QObject *context,
                 ResponseHandler handler, const QJsonArray &metadata = {},
                 ErrorAnswers errorAnswers = ErrorAnswers::Fail);

    // For tests: drop the socket as a network failure would.
    void simulateNetworkDrop();

signals:
    void stateChanged(Signet::AgentConnection::State state);
    void online();
    void notificationReceived(const Signet::Protocol::Envelope &notification);
    void protocolError(const QString &reason);

private:
    struct Pending
    {
        QPointer<QObject> context;
        ResponseHandler handler;
        QTimer *timer = nullptr;
        QByteArray frame;  // sent again when the hub says "too many requests" (429)
        int throttled = 0; // how often it was
        ErrorAnswers errorAnswers = ErrorAnswers::Fail;
    };

    void setState(State state);
    void startAttempt();
    void discover();
    void doLogin(const QString &agentVep, const QString &messaging);
    void openSocket(const QString &messaging, const QString &bearer);
    void attemptFailed(const QString &reason, bool retry);
    void scheduleReconnect();
    void onTextMessage(const QString &message);
    void onSocketDisconnected();
    void failAllPending(const QString &reason);
    void finishPending(const QString &id, const Result<Protocol::Envelope> &result);
    bool retryThrottled(const QString &id);
    QUrl httpUrl(const QString &hostPort, const QString &path) const;
    // TLS: a certificate the system's CAs refuse is accepted only when it is the pinned one; a
    // pinned desk refuses every other certificate. A refusal ends the attempt (no retry: the
    // agent or the server's administrator has to act).
    bool checkPeer(const QSslCertificate &presented, const QList<QSslError> &errors);
    void guardTls(QNetworkReply *reply);
    void refreshLogin();
    void heardFromServer();

    ServerEndpoint m_endpoint;
    QString m_password;
    LoginInfo m_login;
    ReconnectPolicy m_policy;
    int m_requestTimeoutMs = 10000;
    State m_state = State::Offline;
    QString m_offlineReason;
    QString m_tlsRefusal; // why this attempt's certificate was refused (empty: it was not)
    int m_attempt = 0;
    QTimer m_reconnectTimer;
    // Keeps the login alive: refreshed at half its lifetime (the hub's sessionTTL).
    QTimer m_refreshTimer;
    QTimer m_pingTimer;
    QTimer m_pongDeadline;
    bool m_stale = false; // the socket was given up for lack of answers
    QString m_bearer;
    QString m_agentVep;
    qint64 m_reconnectAtMs = 0;
    bool m_wanted = false;
    quint64 m_nextRequestId = 1;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QWebSocket *m_socket = nullptr;
    QHash<QString, Pending> m_pending;
};

} // namespace Signet
