#include "oauth/BrandProvider.h"

#include "logging/Logging.h"
#include "transport/ServerEndpoint.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QScopeGuard>
#include <QUrlQuery>

namespace Signet::Hub {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxRetryDelayMs = 5 * 60 * 1000;

// The file is plain "key = value" lines under [section] headers, with # or ; comment lines. No
// quoting or escapes, so a secret is taken exactly as written (QSettings would split it at commas).
Result<BrandProviderConfig> parse(const QByteArray &text, const QString &path)
{
    BrandProviderConfig config;
    QString section;
    int lineNumber = 0;
    QSet<QString> seen;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const QString where = u"%1, line %2"_s.arg(path).arg(lineNumber);
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']'))
                return fail(QObject::tr("%1: a section header needs a closing ].").arg(where));
            section = line.mid(1, line.size() - 2).trimmed();
            if (section != "provider"_L1 && section != "ios16"_L1 && section != "legacy"_L1 &&
                section != "desk"_L1)
                return fail(QObject::tr("%1: unknown section [%2] (use [provider], [ios16], "
                                        "[legacy] or [desk]).")
                                .arg(where, section));
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            return fail(QObject::tr("%1: expected key = value.").arg(where));
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (section.isEmpty())
            return fail(QObject::tr("%1: \"%2\" comes before any [section].").arg(where, key));
        if (seen.contains(section + u'/' + key))
            return fail(QObject::tr("%1: %2 is set twice in [%3].").arg(where, key, section));
        seen.insert(section + u'/' + key);

        if (section == "provider"_L1) {
            if (key == "discovery"_L1)
                config.discovery = QUrl(value, QUrl::StrictMode);
            else if (key == "scope"_L1)
                config.scope = value;
            else
                return fail(QObject::tr("%1: unknown key \"%2\" in [provider] (discovery, scope).")
                                .arg(where, key));
            continue;
        }
        if (section == "desk"_L1) {
            if (key != "client_id"_L1)
                return fail(
                    QObject::tr("%1: unknown key \"%2\" in [desk] (client_id).").arg(where, key));
            config.deskClientId = value;
            continue;
        }
        BrandProviderConfig::Client &client = section == "ios16"_L1 ? config.ios16 : config.legacy;
        if (key == "client_id"_L1) {
            client.id = value;
        } else if (key == "client_secret"_L1) {
            client.secret = value;
        } else if (key == "token_endpoint"_L1) {
            client.tokenEndpoint = QUrl(value, QUrl::StrictMode);
            if (!client.tokenEndpoint.isValid())
                return fail(QObject::tr("%1: token_endpoint is not a URL.").arg(where));
        } else if (key == "auth_method"_L1) {
            if (value == "client_secret_basic"_L1)
                client.authMethod = BrandProviderConfig::AuthMethod::ClientSecretBasic;
            else if (value == "client_secret_post"_L1)
                client.authMethod = BrandProviderConfig::AuthMethod::ClientSecretPost;
            else
                return fail(QObject::tr("%1: auth_method is client_secret_basic or "
                                        "client_secret_post, not \"%2\".")
                                .arg(where, value));
        } else {
            return fail(QObject::tr("%1: unknown key \"%2\" in [%3] (client_id, client_secret, "
                                    "token_endpoint, auth_method).")
                            .arg(where, key, section));
        }
    }
    // Apple posts the legacy client's secret in the form unless the file says otherwise.
    if (!seen.contains(u"legacy/auth_method"_s))
        config.legacy.authMethod = BrandProviderConfig::AuthMethod::ClientSecretPost;
    return config;
}

QString authMethodName(BrandProviderConfig::AuthMethod method)
{
    return method == BrandProviderConfig::AuthMethod::ClientSecretBasic ? u"client_secret_basic"_s
                                                                        : u"client_secret_post"_s;
}

} // namespace

QUrl authorizeUrl(const SignInRoute &route, const QString &state, const QString &verifier)
{
    QUrl url = route.authorize;
    QUrlQuery query(url);
    auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"response_type"_s, u"code"_s);
    add(u"client_id"_s, route.clientId);
    add(u"redirect_uri"_s, route.redirectUri);
    add(u"scope"_s, route.scope);
    add(u"state"_s, state);
    add(u"code_challenge"_s, OAuthProvider::codeChallengeFor(verifier));
    add(u"code_challenge_method"_s, u"S256"_s);
    url.setQuery(query);
    return url;
}

void exchangeCode(QNetworkAccessManager *network, const SignInRoute &route, const QString &code,
                  const QString &verifier, QObject *context,
                  std::function<void(Result<TokenGrant>)> done)
{
    QNetworkRequest request(route.token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    QUrlQuery form;
    auto add = [&form](const QString &key, const QString &value) {
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"grant_type"_s, u"authorization_code"_s);
    add(u"code"_s, code);
    add(u"redirect_uri"_s, route.redirectUri);
    if (route.basicAuth) {
        // RFC 6749 §2.3.1: both parts form-encoded before Base64.
        request.setRawHeader("Authorization",
                             "Basic " + QByteArray(QUrl::toPercentEncoding(route.clientId) + ':' +
                                                   QUrl::toPercentEncoding(route.clientSecret))
                                            .toBase64());
    } else {
        add(u"client_id"_s, route.clientId);
        add(u"client_secret"_s, route.clientSecret);
    }
    add(u"code_verifier"_s, verifier);
    QNetworkReply *reply = network->post(request, form.query(QUrl::FullyEncoded).toLatin1());
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        TokenGrant grant;
        grant.accessToken = body.value("access_token"_L1).toString();
        grant.expiresInSeconds = body.value("expires_in"_L1).toInteger(0);
        if (reply->error() != QNetworkReply::NoError || grant.accessToken.isEmpty()) {
            const QString why = body.value("error_description"_L1).toString(reply->errorString());
            done(fail(QObject::tr("The identity provider refused the code: %1").arg(why)));
            return;
        }
        done(grant);
    });
}

QString plainReason(const QString &text, int maxLength)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), maxLength + 1));
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        const bool invisible = category == QChar::Other_Control ||
                               category == QChar::Other_Format ||
                               category == QChar::Separator_Line ||
                               category == QChar::Separator_Paragraph || c.isSurrogate();
        out += invisible ? u' ' : c;
    }
    out = out.simplified();
    if (out.size() > maxLength)
        out = out.left(maxLength - 1) + u'…';
    return out;
}

void fetchUserinfo(QNetworkAccessManager *network, const SignInRoute &route,
                   const QString &accessToken, QObject *context,
                   std::function<void(Result<QJsonObject>)> done)
{
    if (route.userinfo.isEmpty()) {
        done(fail(QObject::tr("The identity provider has no userinfo endpoint.")));
        return;
    }
    QNetworkRequest request(route.userinfo);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        const QJsonObject claims = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError)
            return done(
                fail(QObject::tr("Token rejected by provider: %1").arg(reply->errorString())));
        if (claims.value("sub"_L1).toString().isEmpty())
            return done(fail(QObject::tr("The identity provider named no subject.")));
        done(claims);
    });
}

Status checkAnswerIssuer(const SignInRoute &route, const QString &iss)
{
    if ((route.issuerInResponse || !iss.isEmpty()) && iss != route.issuer) {
        qCWarning(lcHub) << "sign-in answer from issuer" << iss << "expected" << route.issuer;
        return fail(QObject::tr("The sign-in answer did not come from the brand's identity "
                                "provider (issuer \"%1\").")
                        .arg(iss));
    }
    return Done{};
}

bool isAcceptableProviderUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == "https"_L1)
        return true;
    ServerEndpoint where;
    where.baseUrl = url;
    return url.scheme() == "http"_L1 && where.isLoopback();
}

Result<BrandProviderConfig> BrandProviderConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QObject::tr("Cannot read the identity provider file %1: %2")
                        .arg(path, file.errorString()));
#ifdef Q_OS_UNIX
    // It holds client secrets: like ssh with a private key, refuse a file others can read.
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return fail(QObject::tr("%1 holds client secrets but other users can read it; run "
                                "chmod 600 %1.")
                        .arg(path));
#endif
    Result<BrandProviderConfig> config = parse(file.readAll(), path);
    if (!config)
        return config;
    if (Status valid = config->validate(); !valid)
        return fail(u"%1: %2"_s.arg(path, valid.error()));
    return config;
}

Status BrandProviderConfig::validate() const
{
    if (discovery.isEmpty())
        return fail(QObject::tr("[provider] discovery is missing (the provider's "
                                "/.well-known/openid-configuration URL)."));
    if (!isAcceptableProviderUrl(discovery))
        return fail(QObject::tr("[provider] discovery must be an https:// URL (http:// only on "
                                "this computer): %1")
                        .arg(discovery.toString()));
    if (scope.isEmpty())
        return fail(QObject::tr("[provider] scope is empty."));
    if (!ios16.isSet() && !legacy.isSet())
        return fail(QObject::tr("Neither an [ios16] nor a [legacy] client is configured."));
    for (const auto &[name, client] :
         {std::pair{u"ios16"_s, ios16}, std::pair{u"legacy"_s, legacy}}) {
        if (!client.isSet()) {
            if (!client.secret.isEmpty() || !client.tokenEndpoint.isEmpty())
                return fail(QObject::tr("[%1] has no client_id.").arg(name));
            continue;
        }
        if (client.secret.isEmpty())
            return fail(QObject::tr("[%1] client_secret is missing.").arg(name));
        if (!client.tokenEndpoint.isEmpty() && !isAcceptableProviderUrl(client.tokenEndpoint))
            return fail(QObject::tr("[%1] token_endpoint must be https:// (http:// only on this "
                                    "computer): %2")
                            .arg(name, client.tokenEndpoint.toString()));
    }
    return Done{};
}

BrandProvider::BrandProvider(BrandProviderConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(15000);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &BrandProvider::resolve);
}

void BrandProvider::resolve()
{
    QNetworkRequest request(m_config.discovery);
    request.setRawHeader("Accept", "application/json");
    // A redirect to somewhere else would let that place name the endpoints.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString error;
        if (reply->error() != QNetworkReply::NoError)
            error = reply->errorString();
        else if (status != 200)
            error = tr("HTTP status %1").arg(status);
        onDiscovery(reply->readAll(), error);
    });
}

void BrandProvider::onDiscovery(const QByteArray &body, const QString &networkError)
{
    const QString source = m_config.discovery.toString();
    if (!networkError.isEmpty()) {
        retryLater(tr("The identity provider's discovery document %1 could not be fetched: %2")
                       .arg(source, networkError));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        retryLater(
            tr("The identity provider's discovery document %1 is not a JSON object.").arg(source));
        return;
    }
    const QJsonObject doc = document.object();
    const QString issuer = doc.value("issuer"_L1).toString();
    if (issuer.isEmpty()) {
        retryLater(tr("The discovery document %1 names no issuer.").arg(source));
        return;
    }
    // OpenID Connect Discovery §4.3 / RFC 8414 §3.3: the issuer is the discovery URL without its
    // well-known suffix, or the document is not this provider's.
    const QString path = m_config.discovery.path();
    for (const QString &suffix :
         {u"/.well-known/openid-configuration"_s, u"/.well-known/oauth-authorization-server"_s}) {
        if (!path.endsWith(suffix))
            continue;
        QUrl expected = m_config.discovery;
        expected.setPath(path.chopped(suffix.size()));
        expected.setQuery(QString());
        auto trimmed = [](QString s) {
            while (s.endsWith(u'/'))
                s.chop(1);
            return s;
        };
        if (trimmed(expected.toString()) != trimmed(issuer)) {
            retryLater(tr("The discovery document %1 names the issuer %2, not %3; refusing it.")
                           .arg(source, issuer, expected.toString()));
            return;
        }
    }
    const QUrl authorize(doc.value("authorization_endpoint"_L1).toString(), QUrl::StrictMode);
    const QUrl token(doc.value("token_endpoint"_L1).toString(), QUrl::StrictMode);
    const QUrl signetIos16(doc.value("signet_ios16_token_endpoint"_L1).toString(),
                           QUrl::StrictMode);
    for (const auto &[name, url] : {std::pair{u"authorization_endpoint"_s, authorize},
                                    std::pair{u"token_endpoint"_s, token}}) {
        if (!isAcceptableProviderUrl(url)) {
            retryLater(tr("The discovery document %1 has no usable %2 (https:// required off this "
                          "computer): \"%3\".")
                           .arg(source, name, url.toString()));
            return;
        }
    }
    const QJsonArray methods = doc.value("token_endpoint_auth_methods_supported"_L1).toArray();
    for (const auto &[name, client] :
         {std::pair{u"ios16"_s, m_config.ios16}, std::pair{u"legacy"_s, m_config.legacy}}) {
        const QString method = authMethodName(client.authMethod);
        // RFC 8414: absent means client_secret_basic only.
        const bool accepted = methods.isEmpty() ? method == "client_secret_basic"_L1
                                                : methods.contains(QJsonValue(method));
        if (client.isSet() && !accepted) {
            retryLater(tr("The identity provider does not accept %1 for the [%2] client (it "
                          "accepts: %3); set auth_method.")
                           .arg(method, name,
                                methods.isEmpty() ? u"client_secret_basic"_s
                                                  : QString::fromUtf8(QJsonDocument(methods).toJson(
                                                        QJsonDocument::Compact))));
            return;
        }
    }
    m_issuer = issuer;
    m_issuerInResponse = doc.value("authorization_response_iss_parameter_supported"_L1).toBool();
    m_authorize = authorize;
    m_userinfo = QUrl(doc.value("userinfo_endpoint"_L1).toString(), QUrl::StrictMode);
    if (!isAcceptableProviderUrl(m_userinfo))
        m_userinfo = QUrl(); // web chat sign-in then says why it is unavailable
    // Where the provider publishes the keys its signed statements are checked against.
    m_jwksUri = QUrl(doc.value("jwks_uri"_L1).toString(), QUrl::StrictMode);
    if (!isAcceptableProviderUrl(m_jwksUri))
        m_jwksUri = QUrl(); // iOS 12–15 identities are then the agents' word (docs/security.md)
    m_claimsSupported.clear();
    for (const QJsonValue &claim : doc.value("claims_supported"_L1).toArray())
        m_claimsSupported << claim.toString();
    m_legacyToken = m_config.legacy.tokenEndpoint.isEmpty() ? token : m_config.legacy.tokenEndpoint;
    // The hub's own provider names its iOS 16+ endpoint; a brand's single endpoint serves both.
    m_ios16Token = !m_config.ios16.tokenEndpoint.isEmpty() ? m_config.ios16.tokenEndpoint
                   : isAcceptableProviderUrl(signetIos16)  ? signetIos16
                                                           : token;
    m_ready = true;
    m_lastError.clear();
    m_retryDelayMs = 2000;
    qCInfo(lcHub) << "identity provider" << m_issuer << "authorize" << m_authorize.toString()
                  << "token (iOS 16+)" << m_ios16Token.toString() << "token (iOS 12–15)"
                  << m_legacyToken.toString() << "keys" << m_jwksUri.toString();
    m_keysFetched = QDateTime();
    fetchKeys(this, [] {});
    emit ready();
}

void BrandProvider::fetchKeys(QObject *context, std::function<void()> done)
{
    // A statement naming a key not seen yet asks again, but not more than twice a minute, so a
    // stream of made-up key ids cannot make the hub hammer the provider.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_jwksUri.isEmpty() || (m_keysFetched.isValid() && m_keysFetched.secsTo(now) < 30)) {
        done();
        return;
    }
    m_keysFetched = now;
    QNetworkRequest request(m_jwksUri);
    request.setRawHeader("Accept", "application/jwk-set+json, application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    // The keys are kept whoever asked; the asker hears back only while it is still there.
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, asker = QPointer(context)] {
        reply->deleteLater();
        auto finish = qScopeGuard([&] {
            if (asker)
                done();
        });
        const QJsonObject keys = QJsonDocument::fromJson(reply->readAll()).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200 ||
            !keys.value("keys"_L1).isArray())
            qCWarning(lcHub) << "the identity provider's keys at" << m_jwksUri.toString()
                             << "could not be read:" << reply->errorString() << status;
        else
            m_jwks = keys;
    });
}

void BrandProvider::retryLater(const QString &why)
{
    m_lastError = why;
    qCWarning(lcHub).noquote() << why << "- trying again in" << m_retryDelayMs / 1000 << "s";
    m_retry.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, kMaxRetryDelayMs);
    emit failed(why);
}

Result<SignInRoute> BrandProvider::route(OAuthClient::Endpoint endpoint,
                                         const QString &redirectUri) const
{
    const bool legacy = endpoint == OAuthClient::Endpoint::Legacy;
    const BrandProviderConfig::Client &client = legacy ? m_config.legacy : m_config.ios16;
    if (!client.isSet()) {
        return fail(legacy ? tr("The brand's identity provider has no client for iOS 12–15 "
                                "devices ([legacy] is not configured).")
                           : tr("The brand's identity provider has no client for iOS 16 and "
                                "later ([ios16] is not configured)."));
    }
    if (!m_ready) {
        return fail(tr("The brand's identity provider is not available yet: %1")
                        .arg(m_lastError.isEmpty() ? tr("its discovery document is loading.")
                                                   : m_lastError));
    }
    SignInRoute route;
    route.authorize = m_authorize;
    route.token = legacy ? m_legacyToken : m_ios16Token;
    route.clientId = client.id;
    route.clientSecret = client.secret;
    route.basicAuth = client.authMethod == BrandProviderConfig::AuthMethod::ClientSecretBasic;
    route.redirectUri = redirectUri;
    route.scope = m_config.scope;
    route.issuer = m_issuer;
    route.userinfo = m_userinfo;
    route.issuerInResponse = m_issuerInResponse;
    route.claimsSupported = m_claimsSupported;
    return route;
}

} // namespace Signet::Hub
