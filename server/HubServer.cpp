#include "HubServer.h"

#include "agentapi/AgentSession.h"
#include "channels/CustomerVisibility.h"
#include "channels/apple/AppleSignInFlow.h"
#include "channels/apple/CustomerPage.h"
#include "channels/web/WebSignInFlow.h"
#include "crypto/RandomToken.h"
#include "demo/DemoCustomers.h"
#include "http/PasswordChecks.h"
#include "http/SafetyHeaders.h"
#include "logging/Logging.h"
#include "protocol/Codec.h"
#include "routing/HubPeers.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrlQuery>
#include <QWebSocket>

namespace Signet::Hub {

using namespace Qt::StringLiterals;
using namespace Protocol;

namespace {

QHttpServerResponse jsonError(const QString &message, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QJsonObject{{"error"_L1, message}}, status);
}

// What the store keeps of a bearer: enough to recognise it, useless to anyone who reads the table.
QString bearerHash(const QString &bearer)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bearer.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// The session cookie of a login, for LivePerson's refresh (cookie and csrf, no bearer header).
constexpr auto kSessionCookie = "signet_session"_L1;

QString cookieValue(const QHttpServerRequest &request, QLatin1StringView name)
{
    const QList<QByteArray> cookies = request.value("Cookie").split(';');
    for (const QByteArray &cookie : cookies) {
        const qsizetype equals = cookie.indexOf('=');
        if (equals > 0 && QLatin1StringView(cookie.left(equals).trimmed()) == name)
            return QString::fromLatin1(cookie.mid(equals + 1).trimmed());
    }
    return {};
}

// The agent API versions this hub speaks: LivePerson's 2 and 2.1 (the same here); absent means
// 2.1.
bool isSupportedApiVersion(const QUrl &url)
{
    const QString v = QUrlQuery(url).queryItemValue(u"v"_s);
    return v.isEmpty() || v == "2"_L1 || v == "2.0"_L1 || v == "2.1"_L1;
}

} // namespace

HubServer::HubServer(HubOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_auditLimiter(m_options.auditPerSource)
    , m_loginsPerUser(m_options.loginPerUser)
    , m_loginsPerAddress(m_options.loginPerAddress)
    , m_proxies(!m_options.behindProxy               ? TrustedProxies()
                : m_options.trustedProxies.isEmpty() ? TrustedProxies::loopback()
                                                     : TrustedProxies(m_options.trustedProxies))
    , m_guard(std::make_unique<ConnectionGuard>(m_options.connections, m_proxies))
    , m_http(std::make_unique<QHttpServer>())
{
    m_sweep.setInterval(std::clamp(m_options.bearerLifetimeSeconds * 1000 / 4, 250, 15000));
    connect(&m_sweep, &QTimer::timeout, this, &HubServer::sweepSessions);
    m_sweep.start();
    // The reference provider's clients, with secrets made for this run: Apple's side for the
    // legacy exchange (iOS 12–15), the messaging platform itself for iOS 16+, and the desks, which
    // may only introspect tokens.
    OAuthOptions oauth;
    oauth.clients = {{u"apple-business-chat"_s,
                      Crypto::randomToken(24),
                      u"https://auth.businesschat.apple.com"_s,
                      OAuthClient::Endpoint::Legacy,
                      {}},
                     {u"signet-messaging"_s,
                      Crypto::randomToken(24),
                      QString(),
                      OAuthClient::Endpoint::Ios16,
                      {}},
                     {u"signet-desk"_s,
                      Crypto::randomToken(24),
                      QString(),
                      OAuthClient::Endpoint::Introspection,
                      {}}};
    oauth.loginPerAccount = m_options.loginPerUser;
    oauth.loginPerAddress = m_options.loginPerAddress;
    m_passwordChecks = std::make_unique<PasswordChecks>(
        m_options.passwordChecks, [tls = answersUnderTls()](QHttpServerResponse &&response) {
            return withSafetyHeaders(std::move(response), tls);
        });
    m_oauth = std::make_unique<OAuthProvider>(m_store, *m_passwordChecks, oauth);
    m_oauth->setAddressOf([this](const QHttpServerRequest &r) { return clientAddress(r); });
    m_appleSignIn = std::make_unique<AppleSignInFlow>(this);
    m_webSignIn = std::make_unique<WebSignInFlow>(this);
    m_customerPage = std::make_unique<CustomerPage>(this);
    m_peers = std::make_unique<HubPeers>(m_store);
    connect(m_peers.get(), &HubPeers::noticeReceived, this, &HubServer::onPeerNotice);
    connect(m_peers.get(), &HubPeers::heartbeat, this, &HubServer::publishPresence);
    // Notices were missed: every desk here reconnects and catches up from the store, which has
    // everything (desks resume from their last sequence).
    connect(m_peers.get(), &HubPeers::resynchronise, this, &HubServer::dropAllConnections);
}

QUrl HubServer::customerPageUrl(const QString &convId)
{
    return m_customerPage->urlFor(convId);
}

const OAuthClient &HubServer::oauthClient(OAuthClient::Endpoint endpoint) const
{
    const QList<OAuthClient> &clients = m_oauth->options().clients;
    const auto it =
        std::find_if(clients.cbegin(), clients.cend(),
                     [endpoint](const OAuthClient &c) { return c.endpoint == endpoint; });
    // Every endpoint has its client (the constructor registers all three).
    return it != clients.cend() ? *it : clients.first();
}

void HubServer::setBrandProvider(const BrandProviderConfig &config)
{
    m_brand = std::make_unique<BrandProvider>(config);
    m_brand->resolve();
}

Result<SignInRoute> HubServer::signInRoute(OAuthClient::Endpoint endpoint) const
{
    const bool legacy = endpoint == OAuthClient::Endpoint::Legacy;
    const OAuthClient &client = oauthClient(endpoint);
    // iOS 12–15 return to Apple's servers, iOS 16+ to this hub's callback.
    const QString redirectUri = legacy ? client.redirectUri : baseUrl() + u"/apple/callback"_s;
    if (m_brand)
        return m_brand->route(endpoint, redirectUri);
    SignInRoute route;
    route.authorize = QUrl(baseUrl() + u"/oauth/authorize"_s);
    route.token = QUrl(baseUrl() + (legacy ? u"/oauth/token"_s : u"/oauth/token16"_s));
    route.clientId = client.id;
    route.clientSecret = client.secret;
    route.redirectUri = redirectUri;
    route.scope = u"openid profile email"_s;
    route.issuer = baseUrl();
    route.userinfo = QUrl(baseUrl() + u"/oauth/userinfo"_s);
    route.claimsSupported = OAuthProvider::claimsSupported();
    return route;
}

Result<ProofCheck> HubServer::identityProofCheck() const
{
    Result<SignInRoute> route = signInRoute(OAuthClient::Endpoint::Legacy);
    if (!route)
        return route.failure();
    ProofCheck check;
    check.issuer = route->issuer;
    check.tokenClient = route->clientId;
    check.providerClaims = route->claimsSupported;
    if (m_brand) {
        check.jwks = m_brand->jwks();
        check.audience = m_brand->config().deskClientId;
    } else {
        check.jwks = m_oauth->jwks();
        check.audience = oauthClient(OAuthClient::Endpoint::Introspection).id;
    }
    if (check.jwks.value("keys"_L1).toArray().isEmpty())
        return fail(tr("The identity provider publishes no signing keys (jwks_uri)."));
    return check;
}

void HubServer::refreshProviderKeys(QObject *context, std::function<void()> done)
{
    if (m_brand)
        m_brand->fetchKeys(context, std::move(done));
    else
        done();
}

HubServer::~HubServer()
{
    if (m_peers->isActive())
        (void)m_store.removeHub(m_peers->hubId());
    m_peers.reset();
    delete m_demo;
    for (const QPointer<AgentSession> &session : std::as_const(m_sessions))
        delete session.data();
}

QString HubServer::baseUrl() const
{
    if (m_options.publicUrl.isValid() && !m_options.publicUrl.isEmpty())
        return m_options.publicUrl
            .adjusted(QUrl::StripTrailingSlash | QUrl::RemovePath | QUrl::RemoveQuery |
                      QUrl::RemoveFragment)
            .toString();
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_options.address.toString() + u']'
                             : m_options.address.toString();
    return u"%1://%2:%3"_s.arg(m_options.tls ? u"https"_s : u"http"_s, host).arg(m_port);
}

Result<quint16> HubServer::start()
{
    if (m_options.databasePath.isEmpty())
        return fail(tr("No database path was given."));
    if (Status opened = m_store.open(m_options.databasePath); !opened)
        return fail(opened.error());
    m_store.setMaxConversationBytes(m_options.maxConversationBytes);
    if (Status listening = m_peers->start(m_options.peerPingMs); !listening)
        return fail(listening.error());
    m_auditVerifier = std::make_unique<AuditVerifier>(m_store, m_options.auditFullPassMs);
    m_auditVerifier->start();
    if (m_peers->isActive()) {
        qCInfo(lcHub) << "sharing the database with other hubs as" << m_peers->hubId();
        publishPresence();
    }
    setUpRoutes();
    connect(m_http.get(), &QAbstractHttpServer::newWebSocketConnection, this,
            &HubServer::onNewWebSocket);
    // Connections are accepted through the guard, which closes those that hold a place
    // without using it (http/ConnectionGuard.h).
    QTcpServer *server = m_guard->createServer(
        m_options.tls ? std::optional(m_options.tls->configuration) : std::nullopt);
    if (!server->listen(m_options.address, m_options.port)) {
        const QString why = server->errorString();
        delete server;
        return fail(tr("Cannot listen on %1:%2 (%3; is the port in use?)")
                        .arg(m_options.address.toString())
                        .arg(m_options.port)
                        .arg(why));
    }
    m_port = server->serverPort();
    m_http->bind(server);
    qCInfo(lcHub) << "signet-hub listening on" << baseUrl();
    m_oauth->setIssuer(baseUrl());
    m_oauth->setIos16RedirectUri(baseUrl() + u"/apple/callback"_s);
    // Web-simulated devices have no Apple servers behind them: the hub plays Apple's return URL.
    m_oauth->addLegacyRedirectUri(baseUrl() + u"/apple/legacy-return"_s);
    // Web chat visitors sign in as the hub's own client, back to its web callback.
    m_oauth->addRedirectUri(OAuthClient::Endpoint::Ios16, baseUrl() + u"/web/callback"_s);
    if (m_options.brandProvider)
        setBrandProvider(*m_options.brandProvider);
    if (m_options.demo) {
        m_demo = new DemoCustomers(this, m_options.demoTimeScale);
        m_demo->start(m_options.demoArrivals);
    }
    return m_port;
}

void HubServer::setUpRoutes()
{
    // Every answer carries the safety headers (http/SafetyHeaders.h); those written later, once
    // a password is checked, get them from m_passwordChecks.
    m_http->afterRequest([tls = answersUnderTls()](QHttpServerResponse &&response) {
        return withSafetyHeaders(std::move(response), tls);
    });
    m_oauth->addRoutes(*m_http);
    m_appleSignIn->addRoutes(*m_http);
    m_webSignIn->addRoutes(*m_http);
    m_customerPage->addRoutes(*m_http);
    m_http->route(
        u"/api/account/<arg>/service/baseURI.json"_s, QHttpServerRequest::Method::Get,
        [this](const QString &account, const QHttpServerRequest &request) {
            if (account != m_options.account)
                return jsonError(tr("Unknown account"), QHttpServerResponse::StatusCode::NotFound);
            // Answer with the host (and port) the client used, so discovery works behind
            // any name and behind a reverse proxy on the default port.
            const QUrl seen = request.url();
            QString host = seen.host().isEmpty() ? m_options.address.toString() : seen.host();
            if (host.contains(u':'))
                host = u'[' + host + u']';
            const QString hostPort = seen.port() > 0 ? u"%1:%2"_s.arg(host).arg(seen.port()) : host;
            QJsonArray uris;
            for (const char *service :
                 {"agentVep", "asyncMessagingEnt", "msgHist", "accountConfigReadOnly"})
                uris.append(QJsonObject{{"service"_L1, QLatin1StringView(service)},
                                        {"account"_L1, account},
                                        {"baseURI"_L1, hostPort}});
            return QHttpServerResponse(QJsonObject{{"baseURIs"_L1, uris}});
        });
    // Qt 6.4 hands a WebSocket upgrade to newWebSocketConnection only when a route accepts the
    // request and writes nothing back, so the agent API path has a deliberately silent route.
    m_http->route(
        u"/ws_api/account/<arg>/messaging/brand/<arg>"_s,
        [](const QString &, const QString &, const QHttpServerRequest &request,
           QHttpServerResponder &&responder) {
            if (!isSupportedApiVersion(request.url())) {
                responder.write(QJsonDocument(QJsonObject{
                                    {"error"_L1, tr("This hub speaks versions 2 and 2.1 of the "
                                                    "agent API (v=2.1).")}}),
                                QHttpServerResponder::StatusCode::BadRequest);
                return;
            }
            if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
                return; // the WebSocket server takes the socket from here
            responder.write(QJsonDocument(QJsonObject{
                                {"error"_L1, tr("This endpoint needs a WebSocket upgrade.")}}),
                            QHttpServerResponder::StatusCode::BadRequest);
        });
    // Answered once the password is checked on a worker thread (http/PasswordChecks.h).
    m_http->route(u"/api/account/<arg>/login"_s, QHttpServerRequest::Method::Post,
                  [this](const QString &account, const QHttpServerRequest &request,
                         QHttpServerResponder &&responder) {
                      login(account, request, std::move(responder));
                  });
    m_http->route(u"/api/account/<arg>/refresh"_s, QHttpServerRequest::Method::Post,
                  [this](const QString &account, const QHttpServerRequest &request) {
                      return refresh(account, request);
                  });
    m_http->route(u"/api/account/<arg>/logout"_s, QHttpServerRequest::Method::Post,
                  [this](const QString &account, const QHttpServerRequest &request) {
                      return logout(account, request);
                  });
}

QString HubServer::clientAddress(const QHttpServerRequest &request) const
{
    // Behind a TLS proxy every request comes from the proxy: the client is the address it saw,
    // in X-Forwarded-For, believed only on a connection from a trusted proxy (anyone else who
    // reaches the hub directly could write any address there).
    if (m_options.behindProxy)
        return m_proxies.clientOf(request.remoteAddress(), request.value("X-Forwarded-For"))
            .toString();
    return TrustedProxies::normalized(request.remoteAddress()).toString();
}

void HubServer::login(const QString &account, const QHttpServerRequest &request,
                      QHttpServerResponder &&responder)
{
    const auto refuse = [&](QHttpServerResponse &&response) {
        m_passwordChecks->respond(std::move(responder), std::move(response));
    };
    if (account != m_options.account)
        return refuse(jsonError(tr("Unknown account"), QHttpServerResponse::StatusCode::NotFound));
    // JSON only: a cross-site form can post text/plain (or form fields) without asking the
    // browser's permission, application/json it cannot.
    if (!request.value("Content-Type").trimmed().toLower().startsWith("application/json"))
        return refuse(jsonError(tr("The login body must be JSON (Content-Type: application/json)."),
                                QHttpServerResponse::StatusCode::UnsupportedMediaType));
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(request.body(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return refuse(jsonError(tr("The login body must be JSON with username and password."),
                                QHttpServerResponse::StatusCode::BadRequest));
    // LivePerson's other logins (a SAML assertion, OAuth 1 keys) are not this hub's: said so
    // rather than answered as a wrong password.
    if (body.contains("assertion"_L1) || body.contains("appKey"_L1))
        return refuse(jsonError(tr("This hub signs agents in with a user name and password only."),
                                QHttpServerResponse::StatusCode::BadRequest));
    const QString username = body.value("username"_L1).toString();
    const QString password = body.value("password"_L1).toString();
    // Password guessing is slowed per user name from one address and per address; a locked-out
    // attempt is refused before its password is hashed.
    const QString address = clientAddress(request);
    const QString userKey = username.toCaseFolded().left(256) + u'\n' + address;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 wait = std::max(m_loginsPerUser.lockedFor(userKey, now),
                                 m_loginsPerAddress.lockedFor(address, now));
    if (wait > 0) {
        // Not audited one by one (the lockout was, when it began): a flood of refused attempts
        // must not fill the append-only log.
        const qint64 seconds = (wait + 999) / 1000;
        QHttpServerResponse busy =
            jsonError(tr("Too many failed sign-ins; try again in %1 s.").arg(seconds),
                      QHttpServerResponse::StatusCode::TooManyRequests);
        busy.addHeader("Retry-After", QByteArray::number(seconds));
        return refuse(std::move(busy));
    }
    const std::optional<AgentRecord> agent = m_store.agentByName(username);
    const bool started = m_passwordChecks->check(
        responder, address, password, agent ? agent->passwordHash : QString(),
        [this, agent, username, address, userKey](bool matches) {
            return loggedIn(agent, matches, username, address, userKey);
        });
    if (!started) {
        // More logins are being checked than the hub hashes at once (or from this address):
        // refused at once rather than queued without bound. Not audited: a flood must not fill
        // the log either.
        QHttpServerResponse busy =
            jsonError(tr("The hub is checking too many sign-ins at once; try again in a moment."),
                      QHttpServerResponse::StatusCode::TooManyRequests);
        busy.addHeader("Retry-After", "1");
        refuse(std::move(busy));
    }
}

QHttpServerResponse HubServer::loggedIn(const std::optional<AgentRecord> &checked, bool matches,
                                        const QString &username, const QString &address,
                                        const QString &userKey)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The user as they are now: a password changed (or the user removed) while this one was
    // being checked does not log in with the old one, and the role granted is the current one.
    const std::optional<AgentRecord> agent =
        checked ? m_store.agentByName(checked->username) : std::nullopt;
    const bool valid = agent && matches && agent->passwordHash == checked->passwordHash;
    if (!valid) {
        qCInfo(lcHub) << "login refused for" << username.left(64);
        audit(u"hub"_s, u"login.refused"_s, QString(), QString(),
              QJsonObject{{"username"_L1, username.left(256)}, {"address"_L1, address}});
        const qint64 lockout = std::max(m_loginsPerUser.recordFailure(userKey, now),
                                        m_loginsPerAddress.recordFailure(address, now));
        if (lockout > 0)
            audit(u"hub"_s, u"login.locked"_s, QString(), QString(),
                  QJsonObject{{"username"_L1, username.left(256)},
                              {"address"_L1, address},
                              {"seconds"_L1, (lockout + 999) / 1000}});
        return jsonError(tr("Wrong user name or password"),
                         QHttpServerResponse::StatusCode::Unauthorized);
    }
    m_loginsPerUser.recordSuccess(userKey);
    const QString bearer = Crypto::randomToken(32);
    const BearerGrant grant{
        agent->id, agent->role,
        QDateTime::currentDateTimeUtc().addSecs(m_options.bearerLifetimeSeconds), bearer,
        bearerHash(bearer)};
    if (Status saved = m_store.saveGrant(
            {grant.hash, grant.agentId, grant.role, grant.expires.toMSecsSinceEpoch()});
        !saved)
        return jsonError(tr("The hub cannot record the login: %1").arg(saved.error()),
                         QHttpServerResponse::StatusCode::InternalServerError);
    m_bearers.insert(bearer, grant);
    // A user's oldest logins end beyond their allowance (their desks are let go by the next
    // sweep): logging in over and over cannot grow what every hub checks every sweep.
    const int keep = std::max(1, m_options.maxLoginsPerUser); // this login, at least
    if (Result<int> ended = m_store.trimGrants(agent->id, keep); !ended)
        qCWarning(lcHub) << "older logins were not ended:" << ended.error();
    else if (ended.value() > 0)
        audit(agent->id, u"session.logins-ended"_s, QString(), QString(),
              QJsonObject{{"ended"_L1, ended.value()}, {"limit"_L1, keep}});
    qCInfo(lcHub) << "login" << agent->username << "as" << agent->role;
    const QJsonObject config{{"userId"_L1, agent->id},
                             {"userPid"_L1, agent->id},
                             {"loginName"_L1, agent->username},
                             {"displayName"_L1, agent->displayName},
                             {"role"_L1, agent->role},
                             {"profileIds"_L1, QJsonArray{agent->role == "supervisor"_L1 ? 2 : 1}},
                             // LivePerson's name and form: seconds, as a string.
                             {"sessionTTL"_L1, QString::number(m_options.bearerLifetimeSeconds)},
                             {"isLPA"_L1, false}};
    const std::optional<QString> csrf = csrfFor(bearer);
    if (!csrf)
        return jsonError(tr("The hub cannot record the login: its secret is unavailable."),
                         QHttpServerResponse::StatusCode::InternalServerError);
    QHttpServerResponse answer(
        QJsonObject{{"bearer"_L1, bearer}, {"csrf"_L1, *csrf}, {"config"_L1, config}});
    // LivePerson's clients refresh with this cookie and the csrf instead of the bearer header;
    // only this account's login endpoints ever see it.
    answer.addHeader("Set-Cookie",
                     QString(kSessionCookie + u'=' + bearer + u"; Path=/api/account/"_s +
                             m_options.account + u"/; Max-Age="_s +
                             QString::number(m_options.bearerLifetimeSeconds) +
                             u"; Secure; HttpOnly; SameSite=Strict"_s)
                         .toLatin1());
    return answer;
}

std::optional<QString> HubServer::csrfFor(const QString &bearer)
{
    // Derived from the bearer with a secret every hub on the database shares, so any of them can
    // check it and none has to store it.
    if (m_csrfSecret.isEmpty()) {
        Result<QByteArray> secret = m_store.hubSecret(u"login-csrf"_s);
        if (!secret) {
            qCWarning(lcHub) << "logins cannot be refreshed by cookie:" << secret.error();
            return std::nullopt;
        }
        m_csrfSecret = secret.value();
    }
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(bearer.toUtf8(), m_csrfSecret, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString HubServer::bearerFrom(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    if (header.startsWith("Bearer "))
        return QString::fromLatin1(header.mid(7)).trimmed();
    return {};
}

QHttpServerResponse HubServer::refresh(const QString &account, const QHttpServerRequest &request)
{
    QString bearer = bearerFrom(request);
    if (bearer.isEmpty()) {
        // LivePerson's way: the login's cookie, with its csrf in the body (a page elsewhere can
        // make a browser send the cookie, but cannot know the csrf).
        const QString cookie = cookieValue(request, kSessionCookie);
        const QString sent =
            QJsonDocument::fromJson(request.body()).object().value("csrf"_L1).toString();
        const std::optional<QString> expected = cookie.isEmpty() ? std::nullopt : csrfFor(cookie);
        if (expected && !sent.isEmpty() &&
            QCryptographicHash::hash(sent.toUtf8(), QCryptographicHash::Sha256) ==
                QCryptographicHash::hash(expected->toUtf8(), QCryptographicHash::Sha256))
            bearer = cookie;
    }
    if (account != m_options.account || bearer.isEmpty() || !grantFor(bearer))
        return jsonError(tr("Not logged in"), QHttpServerResponse::StatusCode::Unauthorized);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(m_options.bearerLifetimeSeconds);
    Result<bool> extended = m_store.extendGrant(bearerHash(bearer), expires.toMSecsSinceEpoch(),
                                                now.toMSecsSinceEpoch());
    if (!extended)
        return jsonError(tr("The hub cannot record the login: %1").arg(extended.error()),
                         QHttpServerResponse::StatusCode::InternalServerError);
    if (!extended.value()) { // logged out or expired on another hub meanwhile
        m_bearers.remove(bearer);
        return jsonError(tr("Not logged in"), QHttpServerResponse::StatusCode::Unauthorized);
    }
    m_bearers[bearer].expires = expires;
    return QHttpServerResponse(QJsonObject{});
}

QHttpServerResponse HubServer::logout(const QString &account, const QHttpServerRequest &request)
{
    const QString bearer = bearerFrom(request);
    if (account != m_options.account || bearer.isEmpty() || !grantFor(bearer))
        return jsonError(tr("Not logged in"), QHttpServerResponse::StatusCode::Unauthorized);
    const QString hash = bearerHash(bearer);
    if (Result<bool> removed = m_store.removeGrant(hash); !removed)
        return jsonError(tr("The hub cannot record the logout: %1").arg(removed.error()),
                         QHttpServerResponse::StatusCode::InternalServerError);
    m_bearers.remove(bearer);
    // That bearer's WebSockets close now, here and on every other hub.
    (void)m_peers->announce(u"logout"_s, QJsonObject{{"bearerHash"_L1, hash}});
    sweepSessions();
    return QHttpServerResponse(QJsonObject{});
}

void HubServer::sweepSessions()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_bearers.removeIf(
        [&now](const QHash<QString, BearerGrant>::iterator &it) { return it->expires < now; });
    if (Status pruned = m_store.pruneGrants(now.toMSecsSinceEpoch()); !pruned)
        qCWarning(lcHub) << "expired logins were not forgotten:" << pruned.error();
    // Logins ended in the store — a user's password or role changed, or the user was removed, by
    // signet-hub user (another process) or on another hub — end here too: the store is the
    // authority, this hub's copy only spares it a query per request. When the store cannot say,
    // nobody is thrown out.
    if (const std::optional<QSet<QString>> live = m_store.liveGrantHashes(now.toMSecsSinceEpoch()))
        m_bearers.removeIf([&live](const QHash<QString, BearerGrant>::iterator &it) {
            return !live->contains(it->hash);
        });
    const QList<AgentSession *> all = sessions();
    for (AgentSession *session : all) {
        if (!grantFor(session->bearer()))
            session->endExpired();
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // What a flooding source had suppressed is written once it may write again.
    for (const AuditLimiter::Suppressed &suppressed : m_auditLimiter.due(nowMs))
        writeSuppressed(suppressed);
    // Counts of capped sockets not audited yet are, once their minute is over; quiet logins go.
    for (auto it = m_socketCaps.begin(); it != m_socketCaps.end();) {
        if (nowMs - it->auditedMs < 60'000) {
            ++it;
        } else if (it->closed > 0) {
            auditSocketCap(*it, nowMs);
            ++it;
        } else {
            it = m_socketCaps.erase(it);
        }
    }
    m_loginsPerUser.prune(nowMs);
    m_loginsPerAddress.prune(nowMs);
}

std::optional<BearerGrant> HubServer::grantFor(const QString &bearer) const
{
    if (bearer.isEmpty())
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto it = m_bearers.constFind(bearer);
    if (it != m_bearers.constEnd() && it->expires >= now)
        return *it;
    // Not seen here yet (a login on another hub), or expired here but perhaps refreshed there.
    const std::optional<Store::StoredGrant> stored = m_store.grant(bearerHash(bearer));
    if (!stored || stored->expiresTs < now.toMSecsSinceEpoch()) {
        m_bearers.remove(bearer);
        return std::nullopt;
    }
    const BearerGrant grant{stored->agentId, stored->role,
                            QDateTime::fromMSecsSinceEpoch(stored->expiresTs, Qt::UTC), bearer,
                            stored->tokenHash};
    m_bearers.insert(bearer, grant);
    return grant;
}

void HubServer::onNewWebSocket()
{
    m_guard->forgetHandedOn();
    while (m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
        if (!socket)
            continue;
        static const QRegularExpression path(
            uR"(^/ws_api/account/([^/]+)/messaging/brand/([^/]+)$)"_s);
        const QRegularExpressionMatch match = path.match(socket->requestUrl().path());
        QString bearer = match.hasMatch() ? match.captured(2) : QString();
        const QByteArray header = socket->request().rawHeader("Authorization");
        if (header.startsWith("Bearer "))
            bearer = QString::fromLatin1(header.mid(7)).trimmed();
        if (!isSupportedApiVersion(socket->requestUrl())) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          tr("This hub speaks versions 2 and 2.1 of the agent API (v=2.1)."));
            socket.release()->deleteLater();
            continue;
        }
        const std::optional<BearerGrant> grant = grantFor(bearer);
        if (!match.hasMatch() || match.captured(1) != m_options.account || !grant) {
            qCInfo(lcHub) << "refused a WebSocket without a valid bearer";
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, tr("Not logged in"));
            socket.release()->deleteLater();
            continue;
        }
        BearerGrant granted = *grant;
        granted.bearer = bearer;
        capSocketsOf(bearer, granted.agentId);
        auto *session = new AgentSession(this, std::move(socket), granted, this);
        m_sessions.append(session);
        connect(session, &AgentSession::closed, this, [this, session] {
            m_sessions.removeAll(session);
            session->deleteLater();
        });
    }
}

void HubServer::capSocketsOf(const QString &bearer, const QString &agentId)
{
    // Room for the one about to open: the oldest of this login's sockets go (a reconnecting desk
    // keeps its new one; a client opening hundreds keeps a handful).
    QList<AgentSession *> same;
    for (AgentSession *session : sessions()) {
        if (session->bearer() == bearer)
            same.append(session);
    }
    const int excess =
        static_cast<int>(same.size()) - std::max(1, m_options.maxSocketsPerLogin) + 1;
    if (excess <= 0)
        return;
    for (int i = 0; i < excess; ++i)
        same.at(i)->closeBecause(tr("Too many connections for one login: this, the oldest, was "
                                    "closed."));
    // Audited at most once a minute per login, with how many were closed meanwhile.
    const QString key = bearerHash(bearer);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SocketCap &cap = m_socketCaps[key];
    cap.closed += excess;
    cap.agentId = agentId;
    if (now - cap.auditedMs >= 60'000)
        auditSocketCap(cap, now);
}

void HubServer::auditSocketCap(SocketCap &cap, qint64 now)
{
    audit(cap.agentId, u"session.capped"_s, QString(), QString(),
          QJsonObject{{"closed"_L1, cap.closed}, {"limit"_L1, m_options.maxSocketsPerLogin}});
    cap.auditedMs = now;
    cap.closed = 0;
}

QList<AgentSession *> HubServer::sessions() const
{
    QList<AgentSession *> out;
    for (const QPointer<AgentSession> &session : m_sessions) {
        if (session)
            out.append(session);
    }
    return out;
}

int HubServer::connectionCount() const
{
    return static_cast<int>(sessions().size());
}

void HubServer::dropAllConnections()
{
    const QList<AgentSession *> all = sessions();
    for (AgentSession *session : all)
        session->abort();
}

void HubServer::broadcastConversation(const ConversationDetails &details, Peers peers)
{
    const QList<AgentSession *> all = sessions();
    for (AgentSession *session : all)
        session->conversationChanged(details);
    emit conversationChanged(details);
    if (peers == Peers::Tell)
        (void)m_peers->announce(u"conversation"_s, QJsonObject{{"convId"_L1, details.convId}});
}

void HubServer::ringAgents(const ConversationDetails &details, const QString &except, Peers peers)
{
    const QList<AgentSession *> all = sessions();
    for (AgentSession *session : all) {
        if (session->agentId() != except)
            session->ring(details);
    }
    if (peers == Peers::Tell)
        (void)m_peers->announce(u"ring"_s,
                                QJsonObject{{"convId"_L1, details.convId}, {"except"_L1, except}});
}

void HubServer::revokeRings(const QString &convId, Peers peers)
{
    const QList<AgentSession *> all = sessions();
    for (AgentSession *session : all)
        session->revokeRing(convId);
    if (peers == Peers::Tell)
        (void)m_peers->announce(u"revoke"_s, QJsonObject{{"convId"_L1, convId}});
}

void HubServer::onPeerNotice(const QJsonObject &notice)
{
    const QString kind = notice.value("kind"_L1).toString();
    const QString convId = notice.value("convId"_L1).toString();
    if (kind == "event"_L1) {
        // What the other hub stored: read it back (the notice never carries the text).
        const qint64 sequence = notice.value("sequence"_L1).toInteger(-1);
        const QList<MessagingEvent> stored = m_store.events(convId, sequence - 1, 1);
        if (stored.isEmpty() || stored.first().sequence != sequence) {
            qCWarning(lcHub) << "another hub's event" << convId << sequence << "is not stored";
            return;
        }
        const QList<AgentSession *> all = sessions();
        for (AgentSession *session : all)
            session->eventPublished(stored.first());
        emit eventPublished(stored.first());
    } else if (kind == "conversation"_L1 || kind == "ring"_L1) {
        const std::optional<ConversationDetails> details = m_store.conversation(convId);
        if (!details)
            return;
        if (kind == "ring"_L1) {
            // Only while it still waits: it may have been accepted since.
            if (details->state == ConversationState::Open && details->assignedAgentId().isEmpty())
                ringAgents(*details, notice.value("except"_L1).toString(), Peers::Keep);
        } else {
            if (details->state != ConversationState::Open)
                m_agentChatStates.remove(convId);
            broadcastConversation(*details, Peers::Keep);
        }
    } else if (kind == "revoke"_L1) {
        revokeRings(convId, Peers::Keep);
    } else if (kind == "state"_L1) {
        MessagingEvent event;
        event.sequence = -1;
        event.conversationId = convId;
        event.dialogId = convId;
        event.originatorId = notice.value("originatorId"_L1).toString();
        event.originatorRole = roleFromString(notice.value("role"_L1).toString());
        event.serverTimestamp = notice.value("ts"_L1).toInteger();
        event.event.type = Event::Type::ChatState;
        event.event.chatState = notice.value("state"_L1).toString();
        distributeChatState(event);
    } else if (kind == "logout"_L1) {
        const QString hash = notice.value("bearerHash"_L1).toString();
        m_bearers.removeIf(
            [&hash](const QHash<QString, BearerGrant>::iterator &it) { return it->hash == hash; });
        sweepSessions();
    }
}

void HubServer::publishPresence()
{
    if (!m_peers->isActive())
        return;
    QStringList online;
    for (AgentSession *session : sessions()) {
        if (session->isRoutable() && !online.contains(session->agentId()))
            online << session->agentId();
    }
    online.sort();
    const bool changed = !m_presenceWritten || online != m_presence;
    if (Status saved = m_store.setPresence(m_peers->hubId(), online,
                                           QDateTime::currentMSecsSinceEpoch(), changed);
        !saved) {
        qCWarning(lcHub) << "who is online here was not recorded:" << saved.error();
        return;
    }
    m_presence = online;
    m_presenceWritten = true;
}

QSet<QString> HubServer::onlineAgents() const
{
    QSet<QString> online;
    for (AgentSession *session : sessions()) {
        if (session->isRoutable())
            online.insert(session->agentId());
    }
    if (m_peers->isActive()) {
        const qint64 since = QDateTime::currentMSecsSinceEpoch() - 3 * m_options.peerPingMs;
        online.unite(m_store.onlineElsewhere(m_peers->hubId(), since));
    }
    return online;
}

void HubServer::offerWaitingTo(AgentSession *session)
{
    const QList<ConversationDetails> open = m_store.openConversations(session->agentId());
    for (const ConversationDetails &details : open) {
        if (details.assignedAgentId().isEmpty())
            session->ring(details);
    }
}

Result<QString> HubServer::startConversation(const ConsumerRecord &consumer,
                                             const QString &firstMessage, const QString &skill)
{
    if (Status saved = m_store.upsertConsumer(consumer); !saved)
        return fail(saved.error());
    Result<ConversationDetails> created =
        m_store.createConversation(consumer.id, consumer.context, skill);
    if (!created)
        return fail(created.error());
    const ConversationDetails details = created.value();
    if (!firstMessage.isEmpty()) {
        Event event;
        event.message = firstMessage;
        if (Result<MessagingEvent> stored = m_store.appendEvent(
                details.convId, consumer.id, ParticipantRole::Consumer, event, {});
            !stored)
            return fail(stored.error());
    }
    qCInfo(lcHub) << "conversation" << details.convId << "started by" << consumer.firstName;
    broadcastConversation(details);
    ringAgents(details);
    return details.convId;
}

Result<MessagingEvent> HubServer::consumerSend(const QString &convId, const QString &text)
{
    std::optional<ConversationDetails> details = m_store.conversation(convId);
    if (!details)
        return fail(tr("No such conversation."));
    if (details->state != ConversationState::Open)
        return fail(tr("The conversation is closed."));
    // The same rule as for agents' messages (PublishEvent).
    if (Status valid = checkMessageText(text); !valid)
        return fail(tr("The message cannot be stored: %1.").arg(valid.error()));
    Event event;
    event.message = text;
    return publish(convId, details->consumerId(), ParticipantRole::Consumer, event, {});
}

Status HubServer::consumerAcknowledge(const QString &convId, const QString &status,
                                      const QList<qint64> &sequences)
{
    std::optional<ConversationDetails> details = m_store.conversation(convId);
    if (!details)
        return fail(tr("No such conversation."));
    Event event;
    event.type = Event::Type::AcceptStatus;
    event.status = status;
    event.sequenceList = sequences;
    Result<MessagingEvent> stored =
        publish(convId, details->consumerId(), ParticipantRole::Consumer, event, {});
    if (!stored)
        return fail(stored.error());
    return Done{};
}

Result<ConversationDetails> HubServer::assign(const QString &convId, const QString &agentId)
{
    std::optional<ConversationDetails> details = m_store.conversation(convId);
    if (!details)
        return fail(tr("No such conversation."));
    if (details->state != ConversationState::Open)
        return fail(tr("The conversation is closed."));
    const QString current = details->assignedAgentId();
    if (current == agentId)
        return *details;
    if (!current.isEmpty())
        return fail(tr("Another agent has already accepted this conversation."));
    // Read-then-write is not enough when another hub shares the database: the claim itself
    // decides who got it.
    Result<bool> claimed = m_store.claimConversation(convId, agentId);
    if (!claimed)
        return fail(claimed.error());
    if (!claimed.value())
        return fail(tr("Another agent has already accepted this conversation."));
    // A supervisor who had joined as manager and now accepts it is its agent, not both.
    if (details->managerIds().contains(agentId))
        (void)m_store.removeManager(convId, agentId);
    std::optional<ConversationDetails> updated = m_store.conversation(convId);
    if (!updated)
        return fail(tr("No such conversation."));
    qCInfo(lcHub) << "conversation" << convId << "accepted by" << agentId;
    revokeRings(convId);
    broadcastConversation(*updated);
    return *updated;
}

Status HubServer::close(const QString &convId, const QString &dispositionCode,
                        const QString &dispositionNote)
{
    std::optional<ConversationDetails> details = m_store.conversation(convId);
    if (!details)
        return fail(tr("No such conversation."));
    if (details->state != ConversationState::Open)
        return fail(tr("The conversation is already closed."));
    if (!dispositionCode.isEmpty() && !m_options.team.hasDisposition(dispositionCode))
        return fail(tr("“%1” is not one of the team's dispositions.").arg(dispositionCode.left(40)),
                    400);
    if (dispositionNote.size() > TeamConfig::kMaxTextLength)
        return fail(tr("The disposition note is longer than %1 characters.")
                        .arg(TeamConfig::kMaxTextLength),
                    400);
    if (Status closed =
            m_store.closeConversation(convId, 0, dispositionCode, dispositionNote.trimmed());
        !closed)
        return closed;
    m_agentChatStates.remove(convId);
    revokeRings(convId);
    if (std::optional<ConversationDetails> updated = m_store.conversation(convId))
        broadcastConversation(*updated);
    return Done{};
}

Status HubServer::transfer(const QString &convId, const QString &fromAgent, const QString &toAgent,
                           const QString &skill)
{
    std::optional<ConversationDetails> details = m_store.conversation(convId);
    if (!details)
        return fail(tr("No such conversation."), 404);
    if (details->state != ConversationState::Open)
        return fail(tr("The conversation is closed."), 409);
    if (details->assignedAgentId() != fromAgent)
        return fail(tr("Only the assigned agent transfers a conversation."), 403);
    if (toAgent == fromAgent)
        return fail(tr("The conversation is already yours."), 400);
    if (!skill.isEmpty() && !team().skills.contains(skill))
        return fail(tr("“%1” is not one of the team's skills.").arg(skill.left(64)), 400);
    if (!toAgent.isEmpty()) {
        const bool online = onlineAgents().contains(toAgent);
        const std::optional<AgentRecord> target = m_store.agent(toAgent);
        if (!target)
            return fail(tr("There is no such agent."), 404);
        if (!online)
            return fail(tr("%1 is not online.").arg(target->displayName), 409);
    }
    Result<bool> moved = m_store.transferConversation(convId, fromAgent, toAgent, skill);
    if (!moved)
        return fail(moved.error(), 500);
    if (!moved.value())
        return fail(tr("The conversation changed meanwhile; it is no longer yours."), 409);
    m_agentChatStates.remove(convId);
    qCInfo(lcHub) << "conversation" << convId << "transferred by" << fromAgent << "to"
                  << (toAgent.isEmpty() ? u"the queue"_s : toAgent) << "skill" << skill;
    audit(fromAgent, u"conversation.transferred"_s, convId, QString(),
          QJsonObject{{"to"_L1, toAgent}, {"skill"_L1, skill.isEmpty() ? details->skill : skill}});
    std::optional<ConversationDetails> updated = m_store.conversation(convId);
    if (!updated)
        return fail(tr("No such conversation."), 404);
    revokeRings(convId);
    broadcastConversation(*updated);
    if (toAgent.isEmpty())
        ringAgents(*updated, fromAgent);
    return Done{};
}

Protocol::TeamInfo HubServer::team() const
{
    Protocol::TeamInfo info;
    const QSet<QString> online = onlineAgents();
    for (const AgentRecord &agent : m_store.agents())
        info.members.append({agent.id, agent.displayName, agent.role, online.contains(agent.id)});
    info.skills = m_options.team.skills;
    for (const QString &skill : m_store.skills()) {
        if (!info.skills.contains(skill))
            info.skills << skill;
    }
    info.dispositions = m_options.team.dispositions;
    info.cannedResponses = m_options.team.cannedResponses;
    info.imageHosts = m_options.team.imageHosts;
    return info;
}

void HubServer::relayChatState(const QString &convId, const QString &originatorId,
                               ParticipantRole role, const QString &state)
{
    MessagingEvent event;
    event.sequence = -1; // not stored: it has no place in the conversation's sequence
    event.conversationId = convId;
    event.dialogId = convId;
    event.originatorId = originatorId;
    event.originatorRole = role;
    event.serverTimestamp = QDateTime::currentMSecsSinceEpoch();
    event.event.type = Event::Type::ChatState;
    event.event.chatState = state;
    distributeChatState(event);
    (void)m_peers->announce(u"state"_s, QJsonObject{{"convId"_L1, convId},
                                                    {"originatorId"_L1, originatorId},
                                                    {"role"_L1, roleName(role)},
                                                    {"state"_L1, state},
                                                    {"ts"_L1, event.serverTimestamp}});
}

void HubServer::distributeChatState(const MessagingEvent &event)
{
    if (event.originatorRole != ParticipantRole::Consumer)
        m_agentChatStates.insert(event.conversationId,
                                 {event.event.chatState, event.serverTimestamp});
    const QList<AgentSession *> all = sessions();
    for (AgentSession *session : all)
        session->eventPublished(event);
}

QString HubServer::agentChatState(const QString &convId) const
{
    const auto it = m_agentChatStates.constFind(convId);
    if (it == m_agentChatStates.constEnd() ||
        QDateTime::currentMSecsSinceEpoch() - it->second > kChatStateTtlMs)
        return {};
    return it->first;
}

Status HubServer::setManager(const QString &convId, const QString &userId, bool joined)
{
    std::optional<ConversationDetails> details = m_store.conversation(convId);
    if (!details)
        return fail(tr("No such conversation."));
    if (details->state != ConversationState::Open)
        return fail(tr("The conversation is closed."));
    if (Status saved =
            joined ? m_store.addManager(convId, userId) : m_store.removeManager(convId, userId);
        !saved)
        return saved;
    qCInfo(lcHub) << "conversation" << convId << (joined ? "joined by" : "left by") << userId;
    if (std::optional<ConversationDetails> updated = m_store.conversation(convId))
        broadcastConversation(*updated);
    return Done{};
}

void HubServer::recordWrongPassword(const QString &convId, const QString &requestId, int attempt,
                                    int maxAttempts)
{
    const std::optional<ConversationDetails> details = m_store.conversation(convId);
    const QString actor = details ? u"customer:"_s + details->consumerId() : u"customer"_s;
    audit(actor, u"signin.password-wrong"_s, convId, requestId,
          QJsonObject{{"attempt"_L1, attempt},
                      {"of"_L1, maxAttempts},
                      {"stopped"_L1, attempt >= maxAttempts}});
}

void HubServer::audit(const QString &actor, const QString &action, const QString &convId,
                      const QString &requestId, const QJsonObject &details)
{
    // Whose flood it would be: the actor, or for what the hub records on someone's behalf, the
    // address or the conversation that caused it.
    QString source = actor;
    if (actor == "hub"_L1) {
        const QString address = details.value("address"_L1).toString();
        source = u"hub|"_s + (!address.isEmpty() ? address : !convId.isEmpty() ? convId : action);
    }
    const AuditLimiter::Decision decision =
        m_auditLimiter.admit(source, actor, action, QDateTime::currentMSecsSinceEpoch());
    if (decision.before)
        writeSuppressed(*decision.before);
    if (decision.write)
        writeAudit(actor, action, convId, requestId, details);
}

void HubServer::writeSuppressed(const AuditLimiter::Suppressed &suppressed)
{
    writeAudit(suppressed.actor, u"audit.suppressed"_s, QString(), QString(), suppressed.details());
}

void HubServer::writeAudit(const QString &actor, const QString &action, const QString &convId,
                           const QString &requestId, const QJsonObject &details)
{
    Result<AuditEntry> written = m_store.appendAudit(actor, action, convId, requestId, details);
    if (!written)
        qCWarning(lcHub) << "audit entry" << action << "for" << convId
                         << "not written:" << written.error();
}

Status HubServer::recordVerifiedIdentity(const QString &convId, const QJsonObject &identity)
{
    if (Status saved = m_store.setVerifiedIdentity(convId, identity); !saved)
        return saved;
    if (std::optional<ConversationDetails> updated = m_store.conversation(convId))
        broadcastConversation(*updated);
    qCInfo(lcHub) << "conversation" << convId << "verified as"
                  << identity.value("issuer"_L1).toString()
                  << identity.value("subject"_L1).toString();
    return Done{};
}

Result<MessagingEvent>
HubServer::publish(const QString &convId, const QString &originatorId, ParticipantRole role,
                   const Event &event, const QJsonArray &metadata,
                   const std::function<void(const MessagingEvent &)> &acknowledge,
                   const Auth::AuthRequestMetadata *authRequest, const QString &clientKey)
{
    Result<MessagingEvent> stored =
        m_store.appendEvent(convId, originatorId, role, event, metadata, authRequest, 0, clientKey);
    if (!stored)
        return stored;
    if (acknowledge)
        acknowledge(stored.value());
    const QList<AgentSession *> all = sessions();
    for (AgentSession *session : all)
        session->eventPublished(stored.value());
    emit eventPublished(stored.value());
    (void)m_peers->announce(u"event"_s,
                            QJsonObject{{"convId"_L1, convId}, {"sequence"_L1, stored->sequence}});
    mirrorToBridgedApple(stored.value());
    return stored;
}

void HubServer::mirrorToBridgedApple(const MessagingEvent &event)
{
    // An agent's reply in a web chat bridged to the customer's authenticated Apple session reaches
    // Apple Messages too, until that sign-in expires (CustomerVisibility).
    const bool fromAgent = event.originatorRole == ParticipantRole::AssignedAgent ||
                           event.originatorRole == ParticipantRole::Manager;
    if (!fromAgent || event.event.type != Event::Type::Content || event.event.agentsOnly)
        return;
    for (const QJsonValue &m : event.metadata) {
        if (m.toObject().value("type"_L1) == "SignetMirroredFrom"_L1)
            return;
    }
    const std::optional<ConversationDetails> details = m_store.conversation(event.conversationId);
    if (!details || details->context.channel != ChannelType::WebChat)
        return;
    const std::optional<QString> apple = CustomerVisibility(m_store).bridgedApple(
        event.conversationId, QDateTime::currentMSecsSinceEpoch());
    if (!apple)
        return;
    Result<MessagingEvent> mirrored =
        publish(*apple, event.originatorId, event.originatorRole, event.event,
                QJsonArray{QJsonObject{{"type"_L1, "SignetMirroredFrom"_L1},
                                       {"conversationId"_L1, event.conversationId},
                                       {"sequence"_L1, event.sequence}}});
    if (!mirrored)
        qCWarning(lcHub) << "a reply was not mirrored to Apple Messages:" << mirrored.error();
}

} // namespace Signet::Hub
