#include "auth/VerifiedIdentity.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Signet::Auth {

using namespace Qt::StringLiterals;

namespace {
// Who the identity names, the same in the desk's file and the hub's record; times differ.
VerifiedIdentity whoFrom(const QJsonObject &o)
{
    VerifiedIdentity v;
    v.issuer = o.value("issuer"_L1).toString();
    v.subject = o.value("subject"_L1).toString();
    v.name = o.value("name"_L1).toString();
    v.email = o.value("email"_L1).toString();
    v.claims = o.value("claims"_L1).toObject();
    return v;
}
} // namespace

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
    VerifiedIdentity v = whoFrom(o);
    v.verifiedAt = QDateTime::fromString(o.value("verifiedAt"_L1).toString(), Qt::ISODateWithMs);
    v.expiresAt = QDateTime::fromString(o.value("expiresAt"_L1).toString(), Qt::ISODateWithMs);
    return v;
}

VerifiedIdentity VerifiedIdentity::fromHubRecord(const QJsonObject &o)
{
    auto time = [&o](QLatin1StringView key) {
        const qint64 ms = o.value(key).toInteger();
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    };
    VerifiedIdentity v = whoFrom(o);
    v.verifiedAt = time("verifiedAt"_L1);
    if (!v.verifiedAt.isValid())
        v.verifiedAt = time("reportedAt"_L1);
    v.expiresAt = time("expiresAt"_L1);
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
        auto problem = [&r](const QString &why) {
            if (r.problem.isEmpty())
                r.problem = why;
        };
        if (!o.value("requestIdentifier"_L1).isString() || r.requestIdentifier.isEmpty())
            problem(QCoreApplication::translate("Signet::Auth::AuthResponse",
                                                "it names no sign-in request"));
        if (!o.value("status"_L1).isBool())
            problem(QCoreApplication::translate("Signet::Auth::AuthResponse",
                                                "its status is not true or false"));
        if (r.status && !o.value("token"_L1).isString())
            problem(QCoreApplication::translate("Signet::Auth::AuthResponse",
                                                "its token is not a string"));
        if (o.contains("encrypted"_L1) && o.value("encrypted"_L1) != QJsonValue(true))
            problem(QCoreApplication::translate(
                "Signet::Auth::AuthResponse",
                "its token is not encrypted (only tokens encrypted to the request's key are "
                "accepted)"));
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
