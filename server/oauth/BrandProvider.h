#pragma once

#include "Result.h"
#include "oauth/OAuthProvider.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace Signet::Hub {

// The brand's own identity provider, when the hub signs customers in there instead of with its
// built-in reference provider: found by its discovery document (OpenID Connect Discovery or
// RFC 8414), with a client for each device generation (PROTOCOL.md §5). Read from an INI file that
// holds client secrets and must therefore be readable by its owner only:
//
//   [provider]
//   discovery = https://login.acme.example/.well-known/openid-configuration
//   scope = openid profile email                  (optional; this is the default)
//   [ios16]                                       the messaging platform (this hub), iOS 16+
//   client_id = signet-messaging
//   client_secret = …
//   token_endpoint = https://…                    (optional; default: the discovery document's)
//   auth_method = client_secret_basic             (optional; or client_secret_post)
//   [legacy]                                      Apple's side, iOS 12–15 (optional section)
//   client_id = apple-business-chat
//   client_secret = …
//   token_endpoint = https://…                    (optional)
//   auth_method = client_secret_post              (optional; Apple posts the secret in the form)
//   [desk]                                        (optional section)
//   client_id = signet-desk                       the desks' introspection client: the signed
//                                                 statements desks hand on must be issued to it
struct BrandProviderConfig
{
    enum class AuthMethod { ClientSecretBasic, ClientSecretPost };
    struct Client
    {
        QString id;
        QString secret;
        QUrl tokenEndpoint; // empty: from discovery
        AuthMethod authMethod = AuthMethod::ClientSecretBasic;
        bool isSet() const { return !id.isEmpty(); }
    };

    QUrl discovery;
    QString scope = QStringLiteral("openid profile email");
    Client ios16;
    Client legacy;
    QString deskClientId;

    static Result<BrandProviderConfig> load(const QString &path);
    // Checks what load() checks, for configurations built in code.
    Status validate() const;
};

// Where a customer signs in and where the code is exchanged, for one device generation.
struct SignInRoute
{
    QUrl authorize;
    QUrl token;
    QString clientId;
    QString clientSecret;
    bool basicAuth = false; // client_secret_basic; otherwise the secret goes in the form
    QString redirectUri;    // the client's registered return address
    QString scope;
    QString issuer;
    QUrl userinfo; // who a token belongs to (the hub asks it for web chat sign-ins)
    // RFC 9207: the provider puts its issuer in every authorization answer, so one without it is
    // refused (with or without this, an answer naming another issuer is refused).
    bool issuerInResponse = false;
    // The claims the provider says it has (its discovery document's claims_supported): the
    // display claims an identity may carry besides the standard ones.
    QStringList claimsSupported;
};

// Resolves a BrandProviderConfig through the provider's discovery document and keeps trying (with
// growing pauses) while the provider cannot be reached, so a hub started before its provider still
// comes up; until then sign-ins are refused with the reason.
class BrandProvider : public QObject
{
    Q_OBJECT
public:
    explicit BrandProvider(BrandProviderConfig config, QObject *parent = nullptr);

    void resolve();
    bool isReady() const { return m_ready; }
    QString issuer() const { return m_issuer; }
    QString lastError() const { return m_lastError; }
    const BrandProviderConfig &config() const { return m_config; }
    // The route for a device generation (Legacy or Ios16); refused until discovery has worked, or
    // when the brand registered no client for that generation.
    Result<SignInRoute> route(OAuthClient::Endpoint endpoint, const QString &redirectUri) const;
    // The keys the provider signs with (its jwks_uri; empty until fetched, or when it publishes
    // none), fetched with discovery and again by fetchKeys (at most twice a minute); done runs
    // in context once the answer is in.
    const QJsonObject &jwks() const { return m_jwks; }
    void fetchKeys(QObject *context, std::function<void()> done);

signals:
    void ready();
    void failed(const QString &why);

private:
    void onDiscovery(const QByteArray &body, const QString &networkError);
    void retryLater(const QString &why);

    BrandProviderConfig m_config;
    QNetworkAccessManager *m_network;
    QTimer m_retry;
    int m_retryDelayMs = 2000;
    bool m_ready = false;
    QString m_issuer;
    QUrl m_authorize;
    QUrl m_legacyToken;
    QUrl m_ios16Token;
    QUrl m_userinfo;
    QUrl m_jwksUri;
    QJsonObject m_jwks;
    QDateTime m_keysFetched;
    QStringList m_claimsSupported;
    bool m_issuerInResponse = false;
    QString m_lastError;
};

// The route's authorize URL for one sign-in: code flow with this state and a PKCE S256 challenge
// for the verifier (parameters the provider's URL already has are kept).
QUrl authorizeUrl(const SignInRoute &route, const QString &state, const QString &verifier);

// What a token endpoint answered: the access token and how long it lives (0: not stated), or why
// the code was refused.
struct TokenGrant
{
    QString accessToken;
    qint64 expiresInSeconds = 0;
};
// Exchanges an authorization code at the route's token endpoint (PKCE verifier, the route's
// client authentication); done runs once with the grant or the provider's reason.
void exchangeCode(QNetworkAccessManager *network, const SignInRoute &route, const QString &code,
                  const QString &verifier, QObject *context,
                  std::function<void(Result<TokenGrant>)> done);

// What someone else wrote as a reason (an identity provider's error_description, which the
// customer controls; a desk's report): one line, control and direction-changing characters
// replaced, at most maxLength characters. Desks show it as plain text too.
QString plainReason(const QString &text, int maxLength = 200);

// Asks the route's userinfo endpoint who an access token belongs to; done runs once with the
// provider's claims (a subject among them) or why not.
void fetchUserinfo(QNetworkAccessManager *network, const SignInRoute &route,
                   const QString &accessToken, QObject *context,
                   std::function<void(Result<QJsonObject>)> done);

// RFC 9207: an authorization answer naming another issuer is refused, and so is one without an
// issuer from a provider that always names itself (a mix-up attack otherwise).
Status checkAnswerIssuer(const SignInRoute &route, const QString &iss);

// https, or http to this computer only (as for the hub itself).
bool isAcceptableProviderUrl(const QUrl &url);

} // namespace Signet::Hub
