#pragma once

#include "Result.h"
#include "auth/VerifiedIdentity.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Signet::Auth {

// Asks the brand's identity provider who an access token belongs to (userinfo) and until when
// (RFC 7662 introspection when the desk has credentials for it, else a JWT access token's exp).
// A token the provider says is expired or inactive, or that names another issuer, is refused.
// The token is used for these requests and dropped; it is never stored or logged.
class IdentityVerifier : public QObject
{
    Q_OBJECT
public:
    struct Provider
    {
        QString issuer;
        QUrl userinfo;
        QUrl introspection; // optional
        QString clientId;   // for introspection
        QString clientSecret;
        bool isConfigured() const { return userinfo.isValid() && !userinfo.isEmpty(); }
    };

    explicit IdentityVerifier(QObject *parent = nullptr);

    void setProvider(const Provider &provider) { m_provider = provider; }
    const Provider &provider() const { return m_provider; }
    void verify(const QString &accessToken, std::function<void(Result<VerifiedIdentity>)> done);

private:
    void introspect(const QString &accessToken, VerifiedIdentity identity,
                    std::function<void(Result<VerifiedIdentity>)> done);

    Provider m_provider;
    QNetworkAccessManager *m_network;
};

} // namespace Signet::Auth
