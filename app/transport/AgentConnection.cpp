#include "transport/AgentConnection.h"

#include "logging/Logging.h"
#include "transport/CertificatePin.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

namespace Signet {

using namespace Qt::StringLiterals;
using Logging::redacted;
using Protocol::Envelope;

namespace {
constexpr int kHttpTimeoutMs = 15000;

QString httpErrorText(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0) {
        const QJsonObject body = QJsonDocument::fromJson(reply->peek(4096)).object();
        const QString message = body.value("error"_L1).toString();
        return message.isEmpty() ? AgentConnection::tr("the server answered HTTP %1").arg(status)
                                 : message;
    }
    return reply->errorString();
}
} // namespace

AgentConnection::AgentConnection(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &AgentConnection::startAttempt);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AgentConnection::refreshLogin);
    setKeepAlive(15000, 10000);
    m_pongDeadline.setSingleShot(true);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (!m_socket || m_state != State::Online || m_pongDeadline.isActive())
            return;
        m_socket->ping();
        m_pongDeadline.start();
    });
    connect(&m_pongDeadline, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        qCInfo(lcTransport) << "no answer from the server within" << m_pongDeadline.interval()
                            << "ms; reconnecting";
        m_stale = true;
        // Pooled HTTP connections went through the same silent path: start afresh.
        m_network->clearConnectionCache();
        m_socket->abort(); // onSocketDisconnected reconnects
    });
    m_network->setTransferTimeout(kHttpTimeoutMs);
}

AgentConnection::~AgentConnection()
{
    m_wanted = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void AgentConnection::open(const ServerEndpoint &endpoint, const QString &password)
{
    close();
    m_endpoint = endpoint;
    m_password = password;
    m_wanted = true;
    m_attempt = 0;
    const QString scheme = endpoint.baseUrl.scheme();
    if (!endpoint.baseUrl.isValid() || (scheme != "http"_L1 && scheme != "https"_L1)) {
        attemptFailed(
            tr("The server address must start with https:// (or http:// on this computer)."),
            false);
        return;
    }
    if (scheme == "http"_L1 && !endpoint.isLoopback()) {
        attemptFailed(
            tr("Refusing an unencrypted connection to %1: use https:// for any server that is not "
               "on this computer.")
                .arg(endpoint.baseUrl.host()),
            false);
        return;
    }
    startAttempt();
}

void AgentConnection::close()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_refreshTimer.stop();
    m_pingTimer.stop();
    m_pongDeadline.stop();
    if (m_reply)
        m_reply->abort();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
    failAllPending(tr("The connection was closed."));
    m_offlineReason = tr("Signed out");
    setState(State::Offline);
}

QString AgentConnection::stateText() const
{
    switch (m_state) {
    case State::Offline:
        return m_offlineReason.isEmpty() ? tr("Offline") : tr("Offline: %1").arg(m_offlineReason);
    case State::Connecting:
        return tr("Connecting to %1…").arg(m_endpoint.baseUrl.host());
    case State::Online:
        return tr("Online as %1")
            .arg(m_login.displayName.isEmpty() ? m_endpoint.username : m_login.displayName);
    case State::Reconnecting: {
        const qint64 seconds = std::max<qint64>(
            0, (m_reconnectAtMs - QDateTime::currentMSecsSinceEpoch() + 999) / 1000);
        // Why, when known: "the server stopped answering", "Your session has expired", …
        if (seconds <= 0)
            return tr("Reconnecting…");
        return m_offlineReason.isEmpty() ? tr("Connection lost; reconnecting in %1 s").arg(seconds)
                                         : tr("Connection lost (%1); reconnecting in %2 s")
                                               .arg(m_offlineReason)
                                               .arg(seconds);
    }
    }
    return {};
}

void AgentConnection::setState(State state)
{
    if (m_state == state && state != State::Reconnecting)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AgentConnection::startAttempt()
{
    if (!m_wanted)
        return;
    m_tlsRefusal.clear();
    setState(m_attempt == 0 ? State::Connecting : State::Reconnecting);
    discover();
}

bool AgentConnection::checkPeer(const QSslCertificate &presented, const QList<QSslError> &errors)
{
    const QByteArray &pin = m_endpoint.certificatePin;
    const QString host = m_endpoint.baseUrl.host();
    if (!pin.isEmpty()) {
        if (!presented.isNull() && CertificatePin::of(presented) == pin)
            return true; // the pinned certificate, whatever the CAs say of it
        m_tlsRefusal = CertificatePin::mismatch(host, pin, presented);
        return false;
    }
    if (errors.isEmpty())
        return true; // the system's CAs vouch for it
    m_tlsRefusal = CertificatePin::refusal(host, errors, presented);
    return false;
}

void AgentConnection::guardTls(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        QSslCertificate presented = reply->sslConfiguration().peerCertificate();
        if (presented.isNull() && !errors.isEmpty())
            presented = errors.first().certificate();
        if (checkPeer(presented, errors))
            reply->ignoreSslErrors(errors);
    });
    // A certificate the CAs accept must still be the pinned one.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        if (!checkPeer(reply->sslConfiguration().peerCertificate(), {}))
            reply->abort();
    });
}

void AgentConnection::setKeepAlive(int intervalMs, int timeoutMs)
{
    m_pingTimer.setInterval(std::max(10, intervalMs));
    m_pongDeadline.setInterval(std::max(10, timeoutMs));
}

void AgentConnection::heardFromServer()
{
    m_pongDeadline.stop(); // it is alive
}

QUrl AgentConnection::httpUrl(const QString &hostPort, const QString &path) const
{
    QUrl url;
    url.setScheme(m_endpoint.baseUrl.scheme());
    const qsizetype bracket = hostPort.lastIndexOf(u']');
    const qsizetype colon = hostPort.lastIndexOf(u':');
    if (hostPort.startsWith(u'[') && bracket > 0) { // [IPv6]:port
        url.setHost(hostPort.mid(1, bracket - 1));
        if (colon > bracket)
            url.setPort(hostPort.mid(colon + 1).toInt());
    } else if (colon > 0) {
        url.setHost(hostPort.left(colon));
        url.setPort(hostPort.mid(colon + 1).toInt());
    } else {
        url.setHost(hostPort);
    }
    url.setPath(path);
    return url;
}

void AgentConnection::discover()
{
    QUrl url = m_endpoint.baseUrl;
    url.setPath(u"/api/account/%1/service/baseURI.json"_s.arg(m_endpoint.account));
    url.setQuery(u"version=1.0"_s);
    QNetworkRequest request(url);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    guardTls(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_wanted)
            return;
        if (!m_tlsRefusal.isEmpty())
            return attemptFailed(m_tlsRefusal, false);
        if (reply->error() != QNetworkReply::NoError) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            attemptFailed(
                tr("Could not reach %1: %2").arg(m_endpoint.baseUrl.host(), httpErrorText(reply)),
                status != 404);
            return;
        }
        const QJsonArray uris =
            QJsonDocument::fromJson(reply->readAll()).object().value("baseURIs"_L1).toArray();
        QString agentVep;
        QString messaging;
        for (const QJsonValue &value : uris) {
            const QJsonObject entry = value.toObject();
            const QString service = entry.value("service"_L1).toString();
            if (service == "agentVep"_L1)
                agentVep = entry.value("baseURI"_L1).toString();
            else if (service == "asyncMessagingEnt"_L1)
                messaging = entry.value("baseURI"_L1).toString();
        }
        if (agentVep.isEmpty() || messaging.isEmpty()) {
            attemptFailed(tr("The server's discovery answer lacks the login or messaging service."),
                          false);
            return;
        }
        doLogin(agentVep, messaging);
    });
}

void AgentConnection::doLogin(const QString &agentVep, const QString &messaging)
{
    QUrl url = httpUrl(agentVep, u"/api/account/%1/login"_s.arg(m_endpoint.account));
    url.setQuery(u"v=1.3"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QByteArray body = QJsonDocument(QJsonObject{{"username"_L1, m_endpoint.username},
                                                      {"password"_L1, m_password}})
                                .toJson(QJsonDocument::Compact);
    m_reply = m_network->post(request, body);
    QNetworkReply *reply = m_reply;
    guardTls(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, agentVep, messaging] {
        reply->deleteLater();
        if (!m_wanted)
            return;
        if (!m_tlsRefusal.isEmpty())
            return attemptFailed(m_tlsRefusal, false);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401 || status == 403) {
            attemptFailed(tr("Sign-in refused: %1").arg(httpErrorText(reply)), false);
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            attemptFailed(tr("Login failed: %1").arg(httpErrorText(reply)), true);
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QString bearer = answer.value("bearer"_L1).toString();
        const QJsonObject config = answer.value("config"_L1).toObject();
        if (bearer.isEmpty()) {
            attemptFailed(tr("The server's login answer has no bearer token."), false);
            return;
        }
        // The login lasts sessionTTL seconds (LivePerson sends a string) unless refreshed.
        const qint64 ttl = config.value("sessionTTL"_L1).toVariant().toLongLong();
        m_bearer = bearer;
        m_agentVep = agentVep;
        if (ttl > 0)
            m_refreshTimer.start(static_cast<int>(std::clamp<qint64>(ttl * 500, 500, 3600000)));
        else
            m_refreshTimer.stop();
        m_login.userId = config.value("userId"_L1).toString();
        m_login.role = config.value("role"_L1).toString();
        m_login.displayName = config.value("displayName"_L1).toString();
        openSocket(messaging, bearer);
    });
}

void AgentConnection::refreshLogin()
{
    if (!m_wanted || m_bearer.isEmpty())
        return;
    QUrl url = httpUrl(m_agentVep, u"/api/account/%1/refresh"_s.arg(m_endpoint.account));
    url.setQuery(u"v=1.3"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + m_bearer.toLatin1());
    QNetworkReply *reply = m_network->post(request, QByteArray("{}"));
    guardTls(reply);
    const QString bearer = m_bearer;
    connect(reply, &QNetworkReply::finished, this, [this, reply, bearer] {
        reply->deleteLater();
        if (!m_tlsRefusal.isEmpty() && m_socket) {
            m_socket->abort(); // the server now shows a certificate this desk refuses
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 401 || bearer != m_bearer || !m_socket)
            return; // refreshed, or a network problem the socket will notice by itself
        // The login has ended (expired while away, or logged out): sign in again.
        qCInfo(lcTransport) << "the login ended; signing in again";
        m_refreshTimer.stop();
        m_socket->abort();
    });
}

void AgentConnection::openSocket(const QString &messaging, const QString &bearer)
{
    QUrl url = httpUrl(messaging,
                       u"/ws_api/account/%1/messaging/brand/%2"_s.arg(m_endpoint.account, bearer));
    url.setScheme(m_endpoint.baseUrl.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
    url.setQuery(u"v=2.1"_s);
    qCDebug(lcTransport) << "opening" << redacted(url.toString());

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingFrameSize(Protocol::kMaxFrameBytes);
    m_socket->setMaxAllowedIncomingMessageSize(Protocol::kMaxFrameBytes);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QSslCertificate presented = m_socket->sslConfiguration().peerCertificate();
        if (presented.isNull() && !errors.isEmpty())
            presented = errors.first().certificate();
        if (checkPeer(presented, errors))
            m_socket->ignoreSslErrors(errors);
    });
    connect(m_socket, &QWebSocket::connected, this, [this] {
        if (m_socket->requestUrl().scheme() == "wss"_L1 &&
            !checkPeer(m_socket->sslConfiguration().peerCertificate(), {})) {
            m_socket->abort(); // disconnected() reports the refusal
            return;
        }
        m_attempt = 0;
        m_offlineReason.clear();
        m_stale = false;
        m_pingTimer.start();
        setState(State::Online);
        emit online();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &AgentConnection::onTextMessage);
    connect(m_socket, &QWebSocket::pong, this, &AgentConnection::heardFromServer);
    connect(m_socket, &QWebSocket::disconnected, this, &AgentConnection::onSocketDisconnected);
    m_socket->open(url);
}

void AgentConnection::attemptFailed(const QString &reason, bool retry)
{
    qCInfo(lcTransport) << "connection attempt failed:" << reason;
    m_offlineReason = reason;
    if (retry && m_wanted) {
        scheduleReconnect();
        return;
    }
    m_wanted = false;
    setState(State::Offline);
}

void AgentConnection::scheduleReconnect()
{
    const int delay = m_policy.delayForAttempt(
        m_attempt++, [] { return QRandomGenerator::global()->generateDouble(); });
    m_reconnectAtMs = QDateTime::currentMSecsSinceEpoch() + delay;
    m_reconnectTimer.start(delay);
    setState(State::Reconnecting);
}

void AgentConnection::onSocketDisconnected()
{
    auto *socket = qobject_cast<QWebSocket *>(sender());
    if (!socket || socket != m_socket)
        return;
    m_socket = nullptr;
    m_pingTimer.stop();
    m_pongDeadline.stop();
    const QString reason = m_stale ? tr("the server stopped answering (no reply within %1 s)")
                                         .arg((m_pongDeadline.interval() + 999) / 1000)
                           : socket->closeReason().isEmpty() ? socket->errorString()
                                                             : socket->closeReason();
    m_stale = false;
    socket->deleteLater();
    failAllPending(tr("The connection to the server was lost."));
    if (!m_wanted)
        return;
    if (!m_tlsRefusal.isEmpty())
        return attemptFailed(m_tlsRefusal, false);
    m_offlineReason = reason;
    qCInfo(lcTransport) << "socket disconnected:" << reason;
    scheduleReconnect();
}

void AgentConnection::simulateNetworkDrop()
{
    if (m_socket)
        m_socket->abort();
}

void AgentConnection::request(const QString &type, const QJsonValue &body, QObject *context,
                              ResponseHandler handler, const QJsonArray &metadata,
                              ErrorAnswers errorAnswers)
{
    if (m_state != State::Online || !m_socket) {
        if (handler)
            handler(fail(tr("Not connected to the server.")));
        return;
    }
    const QString id = QString::number(m_nextRequestId++);
    Pending pending;
    pending.context = context;
    pending.handler = std::move(handler);
    pending.errorAnswers = errorAnswers;
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this,
            [this, id] { finishPending(id, fail(tr("The server did not answer in time."))); });
    pending.timer->start(m_requestTimeoutMs);
    const QByteArray frame = Protocol::encodeEnvelope(Envelope::request(id, type, body, metadata));
    pending.frame = frame;
    m_pending.insert(id, std::move(pending));
    qCDebug(lcProtocol) << "→" << redacted(frame);
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

bool AgentConnection::retryThrottled(const QString &id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || it->throttled >= 8)
        return false;
    const int attempt = ++it->throttled;
    // 100 ms, 200 ms, … up to 3.2 s, with jitter so a burst does not come back as one; the
    // request's own timeout starts again.
    const int delay =
        std::min(100 << (attempt - 1), 3200) + QRandomGenerator::global()->bounded(100);
    it->timer->start(m_requestTimeoutMs + delay);
    QTimer::singleShot(delay, this, [this, id] {
        const auto again = m_pending.constFind(id);
        if (again != m_pending.constEnd() && m_socket && m_state == State::Online)
            m_socket->sendTextMessage(QString::fromUtf8(again->frame));
    });
    return true;
}

void AgentConnection::finishPending(const QString &id, const Result<Envelope> &result)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    pending.timer->deleteLater();
    if (pending.handler && pending.context)
        pending.handler(result);
}

void AgentConnection::failAllPending(const QString &reason)
{
    const QStringList ids = m_pending.keys();
    for (const QString &id : ids)
        finishPending(id, fail(reason));
}

void AgentConnection::onTextMessage(const QString &message)
{
    heardFromServer();
    const QByteArray frame = message.toUtf8();
    Result<Envelope> decoded = Protocol::decodeEnvelope(frame);
    if (!decoded) {
        qCWarning(lcProtocol) << "dropped a malformed frame:" << decoded.error() << redacted(frame);
        emit protocolError(decoded.error());
        return;
    }
    qCDebug(lcProtocol) << "←" << redacted(frame);
    const Envelope &envelope = decoded.value();
    switch (envelope.kind) {
    case Envelope::Kind::Response:
        if (!m_pending.contains(envelope.reqId)) {
            qCWarning(lcProtocol) << "dropped a response to an unknown request"
                                  << envelope.reqId.left(40);
            return;
        }
        if (envelope.code == 429 && retryThrottled(envelope.reqId))
            return; // over this desk's share of the hub: the same request again, a little later
        if (envelope.isError() &&
            m_pending.constFind(envelope.reqId)->errorAnswers == ErrorAnswers::Fail)
            finishPending(envelope.reqId, fail(envelope.errorMessage()));
        else
            finishPending(envelope.reqId, envelope);
        return;
    case Envelope::Kind::Notification:
        emit notificationReceived(envelope);
        return;
    case Envelope::Kind::Request:
        qCWarning(lcProtocol) << "dropped a request from the server:" << envelope.type.left(80);
        return;
    }
}

} // namespace Signet
