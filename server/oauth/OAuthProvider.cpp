#include "oauth/OAuthProvider.h"

#include "crypto/Jws.h"
#include "crypto/RandomToken.h"
#include "http/PasswordChecks.h"
#include "logging/Logging.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <openssl/crypto.h>

namespace Signet::Hub {

using namespace Qt::StringLiterals;

namespace {

bool constantTimeEquals(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x.size() == y.size() &&
           CRYPTO_memcmp(x.constData(), y.constData(), static_cast<size_t>(x.size())) == 0;
}

// RFC 6749 §5.2 error answer.
QHttpServerResponse
oauthError(const QString &error, const QString &description,
           QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::BadRequest)
{
    QHttpServerResponse response(
        QJsonObject{{"error"_L1, error}, {"error_description"_L1, description}}, status);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString bearerOf(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    return header.startsWith("Bearer ") ? QString::fromLatin1(header.mid(7)).trimmed() : QString();
}

} // namespace

QUrlQuery parseForm(const QByteArray &body)
{
    QString text = QString::fromUtf8(body);
    text.replace(u'+', u' ');
    return QUrlQuery(text);
}

OAuthProvider::OAuthProvider(Store &store, PasswordChecks &passwordChecks, OAuthOptions options,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_passwordChecks(passwordChecks)
    , m_options(std::move(options))
    , m_perAccount(m_options.loginPerAccount)
    , m_perAddress(m_options.loginPerAddress)
    , m_perAccountAnywhere(m_options.loginPerAccountAnywhere)
{}

QString OAuthProvider::addressOf(const QHttpServerRequest &request) const
{
    return m_addressOf ? m_addressOf(request) : request.remoteAddress().toString();
}

qint64 OAuthProvider::lockedFor(const QString &account, const QString &address, qint64 nowMs) const
{
    return std::max({m_perAccount.lockedFor(account + u'\n' + address, nowMs),
                     m_perAddress.lockedFor(address, nowMs),
                     m_perAccountAnywhere.lockedFor(account, nowMs)});
}

void OAuthProvider::recordWrongPassword(const QString &account, const QString &address,
                                        qint64 nowMs)
{
    const qint64 lockout = std::max({m_perAccount.recordFailure(account + u'\n' + address, nowMs),
                                     m_perAddress.recordFailure(address, nowMs),
                                     m_perAccountAnywhere.recordFailure(account, nowMs)});
    // Lockouts are audited, not each wrong password: those come from anyone on the internet and
    // must not be able to fill the append-only log.
    if (lockout > 0)
        (void)m_store.appendAudit(u"hub"_s, u"customer.login.locked"_s, QString(), QString(),
                                  QJsonObject{{"username"_L1, account.left(256)},
                                              {"address"_L1, address},
                                              {"seconds"_L1, (lockout + 999) / 1000}});
}

QStringList OAuthProvider::claimsSupported()
{
    // The customer accounts' attributes (the demo's) besides OpenID's own.
    return {u"sub"_s,           u"name"_s, u"email"_s, u"email_verified"_s, u"membership_tier"_s,
            u"customer_since"_s};
}

QString OAuthProvider::codeChallengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void OAuthProvider::setIos16RedirectUri(const QString &uri)
{
    for (OAuthClient &c : m_options.clients) {
        if (c.endpoint == OAuthClient::Endpoint::Ios16)
            c.redirectUri = uri;
    }
}

void OAuthProvider::addLegacyRedirectUri(const QString &uri)
{
    addRedirectUri(OAuthClient::Endpoint::Legacy, uri);
}

void OAuthProvider::addRedirectUri(OAuthClient::Endpoint endpoint, const QString &uri)
{
    for (OAuthClient &c : m_options.clients) {
        if (c.endpoint == endpoint && !c.extraRedirectUris.contains(uri))
            c.extraRedirectUris << uri;
    }
}

const OAuthClient *OAuthProvider::client(const QString &id) const
{
    for (const OAuthClient &c : m_options.clients) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

void OAuthProvider::addRoutes(QHttpServer &http)
{
    http.route(u"/.well-known/openid-configuration"_s, QHttpServerRequest::Method::Get,
               [this] { return discovery(); });
    http.route(u"/oauth/authorize"_s, QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request) { return authorizePage(request); });
    // Answered once the password is checked on a worker thread (http/PasswordChecks.h).
    http.route(u"/oauth/authorize"_s, QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   authorizeSubmit(request, std::move(responder));
               });
    http.route(u"/oauth/token"_s, QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request) {
                   return token(request, OAuthClient::Endpoint::Legacy);
               });
    http.route(u"/oauth/token16"_s, QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request) {
                   return token(request, OAuthClient::Endpoint::Ios16);
               });
    http.route(u"/oauth/userinfo"_s, QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request) { return userinfo(request); });
    http.route(u"/oauth/introspect"_s, QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request) { return introspect(request); });
    http.route(u"/oauth/jwks"_s, QHttpServerRequest::Method::Get, [this] {
        QHttpServerResponse response(QByteArray("application/jwk-set+json"),
                                     QJsonDocument(jwks()).toJson(QJsonDocument::Compact));
        return response;
    });
}

const Crypto::EcKeyPair *OAuthProvider::signingKey() const
{
    if (m_signingKey)
        return &*m_signingKey;
    // Derived from a secret in the hub's database, so every hub on the database (and every
    // restart) signs with the same key and can check the others' statements.
    Result<QByteArray> secret = m_store.hubSecret(u"oauth-signing-key"_s);
    if (!secret) {
        qCWarning(lcHub) << "the identity provider has no signing key:" << secret.error();
        return nullptr;
    }
    QByteArray scalar = QMessageAuthenticationCode::hash(
        "signet oauth signing key P-256", secret.value(), QCryptographicHash::Sha256);
    Result<Crypto::EcKeyPair> key = Crypto::EcKeyPair::fromPrivateScalar(
        Crypto::Curve::P256, Crypto::SecretBytes::takeFrom(scalar));
    if (!key) {
        qCWarning(lcHub) << "the identity provider's signing key is unusable:" << key.error();
        return nullptr;
    }
    m_signingKey.emplace(std::move(key).value());
    m_signingKeyId = m_signingKey->fingerprint().remove(u':');
    return &*m_signingKey;
}

QJsonObject OAuthProvider::jwks() const
{
    const Crypto::EcKeyPair *key = signingKey();
    if (!key)
        return QJsonObject{{"keys"_L1, QJsonArray{}}};
    return QJsonObject{{"keys"_L1, QJsonArray{Crypto::publicJwk(*key, m_signingKeyId)}}};
}

QHttpServerResponse OAuthProvider::discovery() const
{
    const QString base = m_options.issuer;
    return QHttpServerResponse(QJsonObject{
        {"issuer"_L1, base},
        {"authorization_endpoint"_L1, QString(base + u"/oauth/authorize"_s)},
        {"token_endpoint"_L1, QString(base + u"/oauth/token"_s)},
        {"signet_ios16_token_endpoint"_L1, QString(base + u"/oauth/token16"_s)},
        {"userinfo_endpoint"_L1, QString(base + u"/oauth/userinfo"_s)},
        {"introspection_endpoint"_L1, QString(base + u"/oauth/introspect"_s)},
        {"jwks_uri"_L1, QString(base + u"/oauth/jwks"_s)},
        // RFC 9701: introspection answers as a signed JWT when asked to (Accept).
        {"introspection_signing_alg_values_supported"_L1, QJsonArray{"ES256"_L1}},
        {"response_types_supported"_L1, QJsonArray{"code"_L1}},
        {"grant_types_supported"_L1, QJsonArray{"authorization_code"_L1}},
        {"code_challenge_methods_supported"_L1, QJsonArray{"S256"_L1}},
        {"token_endpoint_auth_methods_supported"_L1,
         QJsonArray{"client_secret_post"_L1, "client_secret_basic"_L1}},
        {"subject_types_supported"_L1, QJsonArray{"public"_L1}},
        {"scopes_supported"_L1, QJsonArray{"openid"_L1, "profile"_L1, "email"_L1}},
        {"claims_supported"_L1, QJsonArray::fromStringList(claimsSupported())},
    });
}

QString OAuthProvider::loginPage(const QString &transactionId, const Transaction &t,
                                 const QString &error) const
{
    const int left = m_options.maxAttempts - t.attempts;
    QString errorBlock;
    if (!error.isEmpty()) {
        errorBlock = u"<p class=\"error\" id=\"error\">%1 %2</p>"_s.arg(
            html(error),
            html(left == 1 ? tr("1 attempt left.") : tr("%1 attempts left.").arg(left)));
    }
    return uR"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%1</title>
<style>
 body{font-family:-apple-system,system-ui,sans-serif;background:#f2f2f7;margin:0;display:flex;justify-content:center}
 main{background:#fff;margin:48px 16px;padding:28px;border-radius:16px;max-width:360px;width:100%;box-shadow:0 2px 12px #0001}
 h1{font-size:22px;margin:0 0 4px} p.lead{color:#6c6c70;margin:0 0 20px}
 label{display:block;font-size:14px;margin:12px 0 4px} input{width:100%;box-sizing:border-box;padding:10px;font-size:16px;border:1px solid #c7c7cc;border-radius:8px}
 button{width:100%;padding:12px;font-size:16px;border:0;border-radius:10px;margin-top:18px}
 .primary{background:#0a84ff;color:#fff} .secondary{background:#e5e5ea;color:#000} .error{color:#c01c28}
</style></head>
<body><main>
<h1>%1</h1><p class="lead">%2</p>
%3
<form method="post" action="/oauth/authorize">
 <input type="hidden" name="txn" value="%4">
 <label for="username">%5</label><input id="username" name="username" autocomplete="username" required>
 <label for="password">%6</label><input id="password" name="password" type="password" autocomplete="current-password" required>
 <button class="primary" id="signin" type="submit" name="action" value="signin">%7</button>
 <button class="secondary" id="cancel" type="submit" name="action" value="cancel" formnovalidate>%8</button>
</form>
</main></body></html>
)"_s.arg(html(tr("Sign in to %1").arg(m_options.brandName)),
         html(tr("Use your %1 account to continue in Messages.").arg(m_options.brandName)),
         errorBlock, html(transactionId), html(tr("Email")), html(tr("Password")),
         html(tr("Sign In")), html(tr("Cancel")));
}

QHttpServerResponse OAuthProvider::authorizePage(const QHttpServerRequest &request)
{
    forgetExpired();
    const QUrlQuery q = request.query();
    auto value = [&q](const char *key) {
        return q.queryItemValue(QLatin1StringView(key), QUrl::FullyDecoded);
    };
    const OAuthClient *c = client(value("client_id"));
    const QString redirectUri = value("redirect_uri");
    // Never redirect to an address that is not registered: answer on the page itself.
    if (!c || !c->allowsRedirect(redirectUri)) {
        return QHttpServerResponse(
            "text/html; charset=utf-8",
            tr("<h1>Unknown application</h1><p>This sign-in link is not valid.</p>").toUtf8(),
            QHttpServerResponse::StatusCode::BadRequest);
    }
    const QString state = value("state");
    if (value("response_type") != "code"_L1)
        return redirectWith(redirectUri,
                            {{u"error"_s, u"unsupported_response_type"_s}, {u"state"_s, state}});
    if (state.isEmpty())
        return redirectWith(redirectUri, {{u"error"_s, u"invalid_request"_s},
                                          {u"error_description"_s, u"state is required"_s}});
    if (value("code_challenge").size() < 43 || value("code_challenge_method") != "S256"_L1) {
        return redirectWith(redirectUri, {{u"error"_s, u"invalid_request"_s},
                                          {u"error_description"_s, u"PKCE with S256 is required"_s},
                                          {u"state"_s, state}});
    }
    // Each open visit costs memory until it ends: a few per address, a bounded number in all.
    const QString address = addressOf(request);
    if (m_transactionsPerAddress.value(address) >= m_options.maxTransactionsPerAddress ||
        m_transactions.size() >= m_options.maxTransactions) {
        qCWarning(lcHub) << "login page: too many open sign-ins" << m_transactions.size() << "(from"
                         << address << m_transactionsPerAddress.value(address) << ")";
        QHttpServerResponse busy(
            "text/html; charset=utf-8",
            tr("<h1>Too many sign-ins at once</h1><p>Finish or close the others, or try again in "
               "a few minutes.</p>")
                .toUtf8(),
            QHttpServerResponse::StatusCode::TooManyRequests);
        busy.setHeader("Retry-After", "60");
        return busy;
    }
    Transaction t{c->id,
                  redirectUri,
                  state,
                  value("code_challenge"),
                  value("scope"),
                  0,
                  now().addSecs(m_options.transactionLifetimeSeconds),
                  address};
    const QString id = Crypto::randomToken(24);
    m_transactions.insert(id, t);
    ++m_transactionsPerAddress[address];
    return QHttpServerResponse("text/html; charset=utf-8", loginPage(id, t, QString()).toUtf8());
}

void OAuthProvider::authorizeSubmit(const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    forgetExpired();
    const auto answer = [&](QHttpServerResponse &&response) {
        m_passwordChecks.respond(std::move(responder), std::move(response));
    };
    const QUrlQuery form = parseForm(request.body());
    const QString id = form.queryItemValue(u"txn"_s, QUrl::FullyDecoded);
    auto it = m_transactions.find(id);
    if (it == m_transactions.end())
        return answer(expiredPage());
    Transaction &t = it.value();
    if (form.queryItemValue(u"action"_s) == "cancel"_L1) {
        const Transaction ended = takeTransaction(id);
        return answer(redirectWith(
            ended.redirectUri, {{u"error"_s, u"access_denied"_s},
                                {u"error_description"_s, u"The customer cancelled the sign-in."_s},
                                {u"state"_s, ended.state}}));
    }
    const QString username = form.queryItemValue(u"username"_s, QUrl::FullyDecoded);
    const QString password = form.queryItemValue(u"password"_s, QUrl::FullyDecoded);
    // Guessing is slowed across sign-ins (each sign-in also stops after maxAttempts): a locked
    // account or address is answered before the password is hashed, and the attempt not counted.
    const QString accountKey = username.trimmed().toCaseFolded().left(256);
    const QString address = addressOf(request);
    const qint64 nowMs = now().toMSecsSinceEpoch();
    if (const qint64 wait = lockedFor(accountKey, address, nowMs); wait > 0) {
        const qint64 seconds = (wait + 999) / 1000;
        return answer(busyPage(
            id, t,
            tr("Too many wrong passwords; try again in %n s.", nullptr, static_cast<int>(seconds)),
            seconds));
    }
    // One password at a time per sign-in, so its attempts are counted before the next.
    if (t.checking)
        return answer(busyPage(id, t, tr("Your password is still being checked; try again."), 1));
    const std::optional<CustomerAccount> account = m_store.customerAccountByUsername(username);
    const bool started = m_passwordChecks.check(
        responder, address, password, account ? account->passwordHash : QString(),
        [this, id, account, accountKey, address](bool matches) {
            return checkedPassword(id, account, matches, accountKey, address);
        });
    if (!started)
        return answer(busyPage(id, t, tr("Too many sign-ins at once; try again in a moment."), 1));
    t.checking = true;
}

QHttpServerResponse OAuthProvider::expiredPage() const
{
    return QHttpServerResponse(
        "text/html; charset=utf-8",
        tr("<h1>This sign-in has expired</h1><p>Go back to Messages and tap Sign in again.</p>")
            .toUtf8(),
        QHttpServerResponse::StatusCode::BadRequest);
}

QHttpServerResponse OAuthProvider::busyPage(const QString &id, const Transaction &t,
                                            const QString &message, qint64 retryAfterSeconds) const
{
    QHttpServerResponse busy("text/html; charset=utf-8", loginPage(id, t, message).toUtf8(),
                             QHttpServerResponse::StatusCode::TooManyRequests);
    busy.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return busy;
}

QHttpServerResponse OAuthProvider::checkedPassword(const QString &id,
                                                   const std::optional<CustomerAccount> &account,
                                                   bool matches, const QString &accountKey,
                                                   const QString &address)
{
    const qint64 nowMs = now().toMSecsSinceEpoch();
    auto it = m_transactions.find(id);
    // The customer cancelled, or the sign-in expired, while the password was being checked.
    if (it == m_transactions.end())
        return expiredPage();
    Transaction &t = it.value();
    t.checking = false;
    // The account as it is now (a password changed meanwhile does not sign in with the old).
    const std::optional<CustomerAccount> current =
        account ? m_store.customerAccountByUsername(account->username) : std::nullopt;
    if (!current || !matches || current->passwordHash != account->passwordHash) {
        recordWrongPassword(accountKey, address, nowMs);
        ++t.attempts;
        qCInfo(lcHub) << "login page: wrong credentials, attempt" << t.attempts << "of"
                      << m_options.maxAttempts;
        emit wrongPassword(t.state, t.attempts, m_options.maxAttempts);
        if (t.attempts >= m_options.maxAttempts) {
            const Transaction ended = takeTransaction(id);
            return redirectWith(
                ended.redirectUri,
                {{u"error"_s, u"access_denied"_s},
                 {u"error_description"_s, u"Too many wrong passwords; the sign-in was stopped."_s},
                 {u"state"_s, ended.state}});
        }
        return QHttpServerResponse(
            "text/html; charset=utf-8",
            loginPage(id, t, tr("The email or password is not right.")).toUtf8(),
            QHttpServerResponse::StatusCode::Unauthorized);
    }
    m_perAccount.recordSuccess(accountKey + u'\n' + address);
    const Transaction ended = takeTransaction(id);
    Code code{ended.clientId,
              ended.redirectUri,
              ended.codeChallenge,
              current->subject,
              ended.scope,
              now().addSecs(m_options.codeLifetimeSeconds),
              false,
              {}};
    const QString codeValue = Crypto::randomToken(32);
    m_codes.insert(codeValue, code);
    return redirectWith(ended.redirectUri, {{u"code"_s, codeValue}, {u"state"_s, ended.state}});
}

QHttpServerResponse OAuthProvider::redirectWith(const QString &redirectUri,
                                                const QList<QPair<QString, QString>> &params) const
{
    QUrl url(redirectUri);
    QUrlQuery query(url);
    for (const auto &p : params)
        query.addQueryItem(p.first, QString::fromLatin1(QUrl::toPercentEncoding(p.second)));
    url.setQuery(query);
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
    response.setHeader("Location", url.toEncoded());
    return response;
}

const OAuthClient *OAuthProvider::authenticateClient(const QHttpServerRequest &request,
                                                     const QUrlQuery &form) const
{
    QString id = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    QString secret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
    const QByteArray header = request.value("Authorization");
    if (header.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            id = QUrl::fromPercentEncoding(decoded.left(colon));
            secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    const OAuthClient *c = client(id);
    return c && constantTimeEquals(secret, c->secret) ? c : nullptr;
}

QHttpServerResponse OAuthProvider::token(const QHttpServerRequest &request,
                                         OAuthClient::Endpoint endpoint)
{
    forgetExpired();
    if (!request.value("Content-Type").startsWith("application/x-www-form-urlencoded"))
        return oauthError(u"invalid_request"_s, u"The token request must be form-encoded."_s);
    const QUrlQuery form = parseForm(request.body());
    const OAuthClient *c = authenticateClient(request, form);
    if (!c)
        return oauthError(u"invalid_client"_s, u"Unknown client or wrong client secret."_s,
                          QHttpServerResponse::StatusCode::Unauthorized);
    if (c->endpoint != endpoint)
        return oauthError(u"unauthorized_client"_s,
                          u"This client uses the other token endpoint."_s);
    if (form.queryItemValue(u"grant_type"_s) != "authorization_code"_L1)
        return oauthError(u"unsupported_grant_type"_s, u"Only authorization_code is supported."_s);
    const QString codeValue = form.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    auto it = m_codes.find(codeValue);
    if (it == m_codes.end())
        return oauthError(u"invalid_grant"_s, u"Unknown or expired authorization code."_s);
    Code &code = it.value();
    if (code.used) {
        // RFC 6749 §4.1.2: a code used twice revokes what it gave.
        for (const QString &t : std::as_const(code.issuedTokens))
            m_tokens.remove(t);
        code.issuedTokens.clear();
        qCWarning(lcHub) << "authorization code reused; its tokens were revoked";
        return oauthError(u"invalid_grant"_s, u"The authorization code was already used."_s);
    }
    if (code.expires < now() || code.clientId != c->id)
        return oauthError(u"invalid_grant"_s, u"Unknown or expired authorization code."_s);
    if (form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded) != code.redirectUri)
        return oauthError(u"invalid_grant"_s,
                          u"redirect_uri does not match the authorization request."_s);
    const QString verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded);
    if (verifier.size() < 43 || !constantTimeEquals(codeChallengeFor(verifier), code.codeChallenge))
        return oauthError(u"invalid_grant"_s, u"PKCE verification failed."_s);
    code.used = true;
    const QString accessToken = Crypto::randomToken(32);
    const QDateTime issued = now();
    m_tokens.insert(accessToken, Token{code.subject, c->id, code.scope, Crypto::randomToken(16),
                                       issued, issued.addSecs(m_options.tokenLifetimeSeconds)});
    code.issuedTokens << accessToken;
    QHttpServerResponse response(QJsonObject{{"access_token"_L1, accessToken},
                                             {"token_type"_L1, "Bearer"_L1},
                                             {"expires_in"_L1, m_options.tokenLifetimeSeconds},
                                             {"scope"_L1, code.scope}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QJsonObject OAuthProvider::claimsFor(const QString &accessToken) const
{
    const auto it = m_tokens.constFind(accessToken);
    if (it == m_tokens.constEnd() || it->expires <= now())
        return {};
    const std::optional<CustomerAccount> account = m_store.customerAccountBySubject(it->subject);
    if (!account)
        return {};
    QJsonObject claims{{"sub"_L1, account->subject},
                       {"name"_L1, account->name},
                       {"email"_L1, account->email},
                       {"email_verified"_L1, true}};
    for (auto a = account->attributes.constBegin(); a != account->attributes.constEnd(); ++a)
        claims.insert(a.key(), a.value());
    return claims;
}

QHttpServerResponse OAuthProvider::userinfo(const QHttpServerRequest &request) const
{
    const QJsonObject claims = claimsFor(bearerOf(request));
    if (claims.isEmpty()) {
        QHttpServerResponse response(QJsonObject{{"error"_L1, "invalid_token"_L1}},
                                     QHttpServerResponse::StatusCode::Unauthorized);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return response;
    }
    return QHttpServerResponse(claims);
}

QHttpServerResponse OAuthProvider::introspect(const QHttpServerRequest &request) const
{
    const QUrlQuery form = parseForm(request.body());
    const OAuthClient *caller = authenticateClient(request, form);
    if (!caller)
        return oauthError(u"invalid_client"_s, u"Introspection needs client authentication."_s,
                          QHttpServerResponse::StatusCode::Unauthorized);
    const QString tokenValue = form.queryItemValue(u"token"_s, QUrl::FullyDecoded);
    const auto it = m_tokens.constFind(tokenValue);
    QJsonObject answer{{"active"_L1, false}};
    if (it != m_tokens.constEnd() && it->expires > now()) {
        answer = QJsonObject{{"active"_L1, true},
                             {"sub"_L1, it->subject},
                             {"client_id"_L1, it->clientId},
                             {"scope"_L1, it->scope},
                             {"token_type"_L1, "Bearer"_L1},
                             {"iat"_L1, it->issued.toSecsSinceEpoch()},
                             {"exp"_L1, it->expires.toSecsSinceEpoch()},
                             {"iss"_L1, m_options.issuer},
                             {"jti"_L1, it->id}};
    }
    // RFC 9701: a caller that asks for it gets the answer as a JWT signed by this provider, which
    // it can hand on as proof of who the token's customer is without handing on the token. Such a
    // statement names the customer too, so that whoever checks it learns the name from the
    // provider rather than from the one who hands it on.
    if (!request.value("Accept").contains("application/token-introspection+jwt"))
        return QHttpServerResponse(answer);
    if (answer.value("active"_L1).toBool()) {
        const QJsonObject claims = claimsFor(tokenValue);
        for (auto c = claims.constBegin(); c != claims.constEnd(); ++c) {
            if (c.key() != "email_verified"_L1 && !answer.contains(c.key()))
                answer.insert(c.key(), c.value());
        }
    }
    const Crypto::EcKeyPair *key = signingKey();
    Result<QString> jwt =
        key ? Crypto::signEs256(*key, m_signingKeyId, u"token-introspection+jwt"_s,
                                QJsonObject{{"iss"_L1, m_options.issuer},
                                            {"aud"_L1, caller->id},
                                            {"iat"_L1, now().toSecsSinceEpoch()},
                                            {"token_introspection"_L1, answer}})
            : Result<QString>(fail(u"no signing key"_s));
    if (!jwt)
        return oauthError(u"server_error"_s, u"The answer could not be signed."_s,
                          QHttpServerResponse::StatusCode::InternalServerError);
    QHttpServerResponse response(QByteArray("application/token-introspection+jwt"),
                                 jwt->toLatin1());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

OAuthProvider::Transaction OAuthProvider::takeTransaction(const QString &id)
{
    const Transaction t = m_transactions.take(id);
    if (--m_transactionsPerAddress[t.address] <= 0)
        m_transactionsPerAddress.remove(t.address);
    return t;
}

void OAuthProvider::forgetExpired()
{
    const QDateTime t = now();
    for (auto it = m_transactions.begin(); it != m_transactions.end();) {
        if (it->expires < t) {
            if (--m_transactionsPerAddress[it->address] <= 0)
                m_transactionsPerAddress.remove(it->address);
            it = m_transactions.erase(it);
        } else {
            ++it;
        }
    }
    const qint64 nowMs = t.toMSecsSinceEpoch();
    m_perAccount.prune(nowMs);
    m_perAddress.prune(nowMs);
    m_perAccountAnywhere.prune(nowMs);
    // Used codes are kept until they expire so a replay is recognised as one.
    for (auto it = m_codes.begin(); it != m_codes.end();)
        it = it->expires < t.addSecs(-m_options.codeLifetimeSeconds) ? m_codes.erase(it)
                                                                     : std::next(it);
    for (auto it = m_tokens.begin(); it != m_tokens.end();)
        it = it->expires < t ? m_tokens.erase(it) : std::next(it);
}

} // namespace Signet::Hub
