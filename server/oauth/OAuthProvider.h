#pragma once

#include "agentapi/LoginThrottle.h"
#include "crypto/EcKeyPair.h"
#include "store/Store.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;

namespace Signet::Hub {

class PasswordChecks;

// A client registered with the provider. Apple's side (legacy, iOS 12–15) and the messaging
// platform (iOS 16+) are two clients with their own secret, redirect URI and token endpoint.
struct OAuthClient
{
    // Introspection: a resource server (the desk) that may only introspect tokens.
    enum class Endpoint { Legacy, Ios16, Introspection };
    QString id;
    QString secret;
    QString redirectUri;
    Endpoint endpoint = Endpoint::Legacy;
    // Further registered redirect URIs (the hub's simulated Apple endpoint for web devices).
    QStringList extraRedirectUris;
    bool allowsRedirect(const QString &uri) const
    {
        return uri == redirectUri || extraRedirectUris.contains(uri);
    }
};

struct OAuthOptions
{
    QString issuer; // e.g. http://127.0.0.1:8480 (the hub's base URL)
    QString brandName = QStringLiteral("Signet Demo Bank");
    int maxAttempts = 5; // wrong passwords before the sign-in fails
    int codeLifetimeSeconds = 60;
    int tokenLifetimeSeconds = 3600;
    // Wrong passwords across sign-ins: per customer account from one address, per address, and
    // per account from anywhere (looser, so nobody can lock a customer out cheaply).
    LoginThrottle::Policy loginPerAccount;
    LoginThrottle::Policy loginPerAddress{20};
    LoginThrottle::Policy loginPerAccountAnywhere{50};
    // Open visits to the login page: each lives this long, at most this many per address and
    // in all (each costs memory until it ends).
    int transactionLifetimeSeconds = 10 * 60;
    int maxTransactionsPerAddress = 20;
    int maxTransactions = 10000;
    QList<OAuthClient> clients;
};

// The brand's reference identity provider, served by signet-hub (PROTOCOL.md §6): discovery, an
// HTML login page (the provider decides how many attempts), two token endpoints live at once
// (/oauth/token for Apple's legacy exchange, form-encoded; /oauth/token16 for iOS 16+), userinfo
// and RFC 7662 introspection (as a signed JWT, RFC 9701, when asked: keys at /oauth/jwks).
// Authorization codes need PKCE (S256), are single-use and short-lived; a reused code also revokes
// the tokens issued for it. Customer passwords are salted slow hashes.
class OAuthProvider : public QObject
{
    Q_OBJECT
public:
    // Customers' passwords are checked by passwordChecks (off the event loop).
    OAuthProvider(Store &store, PasswordChecks &passwordChecks, OAuthOptions options,
                  QObject *parent = nullptr);

    void addRoutes(QHttpServer &http);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Who sent a request (the hub's answer behind a TLS proxy); its peer address by default.
    void setAddressOf(std::function<QString(const QHttpServerRequest &)> addressOf)
    {
        m_addressOf = std::move(addressOf);
    }
    int openTransactions() const { return static_cast<int>(m_transactions.size()); }
    const OAuthOptions &options() const { return m_options; }
    void setIssuer(const QString &issuer) { m_options.issuer = issuer; }
    // The messaging platform's callback is known once the hub listens.
    void setIos16RedirectUri(const QString &uri);
    void addLegacyRedirectUri(const QString &uri);
    void addRedirectUri(OAuthClient::Endpoint endpoint, const QString &uri);

    // The claims userinfo returns for an access token (empty when the token is unknown or expired).
    QJsonObject claimsFor(const QString &accessToken) const;

    static QString codeChallengeFor(const QString &verifier); // S256
    static QStringList claimsSupported();
    // The keys statements of this provider are signed with (RFC 7517), at /oauth/jwks.
    QJsonObject jwks() const;
    // For tests (the secrets audit): the access tokens issued and not yet forgotten.
    QStringList issuedAccessTokens() const { return m_tokens.keys(); }

signals:
    // A wrong password on the login page of the sign-in with this OAuth state (never the
    // password): the sign-in flows tell the audit log and the agent.
    void wrongPassword(const QString &state, int attempt, int maxAttempts);

private:
    struct Transaction // one visit to the login page
    {
        QString clientId, redirectUri, state, codeChallenge, scope;
        int attempts = 0;
        QDateTime expires;
        QString address;       // who opened it
        bool checking = false; // a password of it is being checked
    };
    struct Code
    {
        QString clientId, redirectUri, codeChallenge, subject, scope;
        QDateTime expires;
        bool used = false;
        QStringList issuedTokens;
    };
    struct Token
    {
        QString subject, clientId, scope;
        QString id; // jti
        QDateTime issued, expires;
    };

    QHttpServerResponse discovery() const;
    QHttpServerResponse authorizePage(const QHttpServerRequest &request);
    void authorizeSubmit(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // The answer to a submitted password of sign-in id, once checked.
    QHttpServerResponse checkedPassword(const QString &id,
                                        const std::optional<CustomerAccount> &account, bool matches,
                                        const QString &accountKey, const QString &address);
    QHttpServerResponse expiredPage() const;
    QHttpServerResponse busyPage(const QString &id, const Transaction &t, const QString &message,
                                 qint64 retryAfterSeconds) const;
    QHttpServerResponse token(const QHttpServerRequest &request, OAuthClient::Endpoint endpoint);
    QHttpServerResponse userinfo(const QHttpServerRequest &request) const;
    QHttpServerResponse introspect(const QHttpServerRequest &request) const;

    const OAuthClient *client(const QString &id) const;
    const OAuthClient *authenticateClient(const QHttpServerRequest &request,
                                          const QUrlQuery &form) const;
    QString loginPage(const QString &transactionId, const Transaction &t,
                      const QString &error) const;
    QHttpServerResponse redirectWith(const QString &redirectUri,
                                     const QList<QPair<QString, QString>> &params) const;
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void forgetExpired();
    // The P-256 key that signs introspection answers (null when the store cannot give its
    // secret).
    const Crypto::EcKeyPair *signingKey() const;

    Store &m_store;
    PasswordChecks &m_passwordChecks;
    OAuthOptions m_options;
    std::function<QDateTime()> m_clock;
    QString addressOf(const QHttpServerRequest &request) const;
    // Seconds until this customer (account from this address) may try a password again; 0: now.
    qint64 lockedFor(const QString &account, const QString &address, qint64 nowMs) const;
    void recordWrongPassword(const QString &account, const QString &address, qint64 nowMs);
    Transaction takeTransaction(const QString &id);

    std::function<QString(const QHttpServerRequest &)> m_addressOf;
    LoginThrottle m_perAccount, m_perAddress, m_perAccountAnywhere;
    QHash<QString, int> m_transactionsPerAddress;
    QHash<QString, Transaction> m_transactions;
    QHash<QString, Code> m_codes;
    QHash<QString, Token> m_tokens;
    mutable std::optional<Crypto::EcKeyPair> m_signingKey;
    mutable QString m_signingKeyId;
};

// Parses an application/x-www-form-urlencoded body ('+' is a space).
QUrlQuery parseForm(const QByteArray &body);

} // namespace Signet::Hub
