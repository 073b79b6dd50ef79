#include "auth/VerifiedIdentity.h"

#include <QJsonArray>

namespace Signet::Auth {

using namespace Qt::StringLiterals;

QJsonObject VerifiedIdentity::toJson() const
{
    return {
        {"issuer"_L1, issuer},
        {"subject"_L1, subject},
        {"name"_L1, name},
        {"email"_L1, email},
        {"claims"_L1, claims},
        {"verifiedAt"_L1, verifiedAt.toString(Qt::ISODateWithMs)},
        {"expiresAt"_L1, expiresAt.isValid() ? expiresAt.toString(Qt::ISODateWithMs) : QString()}};
}

VerifiedIdentity VerifiedIdentity::fromJson(const QJsonObject &o)
{
    VerifiedIdentity v;
    v.issuer = o.value("issuer"_L1).toString();
    v.subject = o.value("subject"_L1).toString();
    v.name = o.value("name"_L1).toString();
    v.email = o.value("email"_L1).toString();
    v.claims = o.value("claims"_L1).toObject();
    v.verifiedAt = QDateTime::fromString(o.value("verifiedAt"_L1).toString(), Qt::ISODateWithMs);
    v.expiresAt = QDateTime::fromString(o.value("expiresAt"_L1).toString(), Qt::ISODateWithMs);
    return v;
}

std::optional<AuthResponse> AuthResponse::find(const QJsonArray &metadata)
{
    for (const QJsonValue &value : metadata) {
        const QJsonObject o = value.toObject();
        if (o.value("type"_L1).toString() != "ConnectorAuthenticationResponse"_L1)
            continue;
        AuthResponse r;
        r.requestIdentifier = o.value("requestIdentifier"_L1).toString();
        r.status = o.value("status"_L1).toBool(false);
        r.encrypted = o.value("encrypted"_L1).toBool(true);
        r.token = o.value("token"_L1).toString();
        for (const QJsonValue &e : o.value("errors"_L1).toArray()) {
            const QString message = e.toObject().value("message"_L1).toString();
            if (!message.isEmpty())
                r.errors << message;
        }
        return r;
    }
    return std::nullopt;
}

} // namespace Signet::Auth
