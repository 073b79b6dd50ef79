#include "auth/IdentityVerifier.h"

#include "crypto/Jws.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace Signet::Auth {

using namespace Qt::StringLiterals;

namespace {
// The claims of a JWT access token (RFC 9068), unverified: empty for an opaque token. Only used
// after userinfo has accepted the token, to learn its expiry and to catch a foreign issuer.
QJsonObject jwtClaims(const QString &token)
{
    const QList<QStringView> parts = QStringView(token).split(u'.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object();
}
} // namespace

IdentityVerifier::IdentityVerifier(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(15000);
}

void IdentityVerifier::verify(const QString &accessToken,
                              std::function<void(Result<VerifiedIdentity>)> finished)
{
    // Whatever said when the token ends, an ended token proves nothing.
    auto done = [finished](Result<VerifiedIdentity> result) {
        if (result && result->expiresAt.isValid() &&
            result->expiresAt <= QDateTime::currentDateTimeUtc()) {
            finished(fail(tr("Token rejected by provider: it expired at %1.")
                              .arg(result->expiresAt.toString(Qt::ISODate))));
            return;
        }
        finished(std::move(result));
    };
    if (!m_provider.isConfigured()) {
        done(fail(tr("No identity provider is configured to verify the token.")));
        return;
    }
    QNetworkRequest request(m_provider.userinfo);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, accessToken, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401 || status == 403) {
            // Unknown, expired, revoked — or forgotten: signet-hub's built-in provider keeps its
            // tokens in memory, so a restart ends them (docs/identity-provider.md).
            done(fail(tr("Token rejected by provider: it does not know this token (expired, "
                         "revoked, or forgotten by a provider that restarted). Ask the customer "
                         "to sign in again.")));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            done(fail(
                tr("The identity provider could not be reached: %1").arg(reply->errorString())));
            return;
        }
        const QJsonObject claims = QJsonDocument::fromJson(reply->readAll()).object();
        VerifiedIdentity identity;
        identity.issuer = m_provider.issuer;
        identity.subject = claims.value("sub"_L1).toString();
        if (identity.subject.isEmpty()) {
            done(fail(tr("Response could not be verified: the provider named no subject.")));
            return;
        }
        identity.name = claims.value("name"_L1).toString();
        identity.email = claims.value("email"_L1).toString();
        for (auto it = claims.begin(); it != claims.end(); ++it) {
            static const QStringList core{u"sub"_s, u"name"_s, u"email"_s, u"email_verified"_s};
            if (!core.contains(it.key()))
                identity.claims.insert(it.key(), it.value());
        }
        identity.verifiedAt = QDateTime::currentDateTimeUtc();
        if (claims.contains("exp"_L1))
            identity.expiresAt =
                QDateTime::fromSecsSinceEpoch(claims.value("exp"_L1).toInteger(), Qt::UTC);
        // A JWT access token states its expiry (and issuer) itself; introspection, when the
        // desk may ask it, has the last word below.
        const QJsonObject jwt = jwtClaims(accessToken);
        const QString jwtIssuer = jwt.value("iss"_L1).toString();
        if (!jwtIssuer.isEmpty() && !m_provider.issuer.isEmpty() &&
            jwtIssuer != m_provider.issuer) {
            done(fail(tr("Response could not be verified: the token was issued by %1, not by %2.")
                          .arg(jwtIssuer, m_provider.issuer)));
            return;
        }
        if (!identity.expiresAt.isValid() && jwt.value("exp"_L1).isDouble())
            identity.expiresAt =
                QDateTime::fromSecsSinceEpoch(jwt.value("exp"_L1).toInteger(), Qt::UTC);
        if (m_provider.introspection.isValid() && !m_provider.introspection.isEmpty())
            introspect(accessToken, identity, done);
        else
            done(identity);
    });
}

void IdentityVerifier::introspect(const QString &accessToken, VerifiedIdentity identity,
                                  std::function<void(Result<VerifiedIdentity>)> done)
{
    QNetworkRequest request(m_provider.introspection);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Authorization",
                         "Basic " + QByteArray(QUrl::toPercentEncoding(m_provider.clientId) + ':' +
                                               QUrl::toPercentEncoding(m_provider.clientSecret))
                                        .toBase64());
    // RFC 9701: a provider that can sign its answer does so when asked; the signed answer is what
    // the desk hands the hub as proof of who signed in (the hub never sees the token).
    request.setRawHeader("Accept", "application/token-introspection+jwt, application/json;q=0.5");
    QUrlQuery form;
    form.addQueryItem(u"token"_s, QString::fromLatin1(QUrl::toPercentEncoding(accessToken)));
    QNetworkReply *reply = m_network->post(request, form.query(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this,
            [reply, identity, done, expectedIssuer = m_provider.issuer]() mutable {
                reply->deleteLater();
                const QByteArray body = reply->readAll();
                QJsonObject answer;
                const QString type =
                    reply->header(QNetworkRequest::ContentTypeHeader).toString().trimmed();
                if (type.startsWith("application/token-introspection+jwt"_L1)) {
                    // Read here without checking the signature: it came straight from the
                    // provider over TLS, as the JSON answer would; the hub checks it.
                    const QString jwt = QString::fromLatin1(body).trimmed();
                    if (Result<Crypto::Jws> jws = Crypto::decodeJws(jwt)) {
                        answer = jws->payload.value("token_introspection"_L1).toObject();
                        identity.proof = jwt;
                    }
                } else {
                    answer = QJsonDocument::fromJson(body).object();
                }
                if (reply->error() != QNetworkReply::NoError) {
                    done(fail(tr("The identity provider's introspection failed: %1")
                                  .arg(reply->errorString())));
                    return;
                }
                if (!answer.value("active"_L1).toBool()) {
                    done(fail(tr("Token rejected by provider: it is not active.")));
                    return;
                }
                // RFC 7662 makes sub and iss optional; when stated they must match.
                if (answer.contains("sub"_L1) &&
                    answer.value("sub"_L1).toString() != identity.subject) {
                    done(fail(
                        tr("Response could not be verified: userinfo and introspection disagree on "
                           "the subject.")));
                    return;
                }
                const QString issuer = answer.value("iss"_L1).toString();
                if (!issuer.isEmpty() && !expectedIssuer.isEmpty() && issuer != expectedIssuer) {
                    done(fail(
                        tr("Response could not be verified: the token was issued by %1, not by %2.")
                            .arg(issuer, expectedIssuer)));
                    return;
                }
                if (answer.contains("exp"_L1))
                    identity.expiresAt =
                        QDateTime::fromSecsSinceEpoch(answer.value("exp"_L1).toInteger(), Qt::UTC);
                done(identity);
            });
}

} // namespace Signet::Auth
