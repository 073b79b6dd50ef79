#include "oauth/IdentityProof.h"

#include "crypto/Jws.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Signet::Hub {

using namespace Qt::StringLiterals;

namespace IdentityRules {

namespace {
// OpenID Connect Core §5.1's profile claims that are short text; the core ones (sub, name, email)
// travel in their own fields, and URLs (picture, website, profile) are not display text.
const QStringList &standardClaims()
{
    static const QStringList claims{u"given_name"_s,        u"family_name"_s, u"middle_name"_s,
                                    u"nickname"_s,          u"gender"_s,      u"birthdate"_s,
                                    u"zoneinfo"_s,          u"locale"_s,      u"phone_number"_s,
                                    u"preferred_username"_s};
    return claims;
}

// Never display claims, whatever a provider lists: identifiers of the token and the session,
// and the fields an identity has anyway.
const QStringList &neverClaims()
{
    static const QStringList claims{
        u"sub"_s,        u"name"_s,   u"email"_s,     u"email_verified"_s,
        u"iss"_s,        u"aud"_s,    u"exp"_s,       u"iat"_s,
        u"nbf"_s,        u"jti"_s,    u"nonce"_s,     u"at_hash"_s,
        u"c_hash"_s,     u"sid"_s,    u"auth_time"_s, u"acr"_s,
        u"amr"_s,        u"azp"_s,    u"client_id"_s, u"scope"_s,
        u"token_type"_s, u"active"_s, u"cnf"_s};
    return claims;
}
} // namespace

bool looksLikeToken(const QString &text)
{
    static const QRegularExpression jwt(
        u"[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"_s);
    static const QRegularExpression blob(u"[A-Za-z0-9_+/=-]{32,}"_s);
    return jwt.match(text).hasMatch() || blob.match(text).hasMatch();
}

Status checkText(const QString &field, const QString &value, int maxLength)
{
    if (value.size() > maxLength)
        return fail(u"%1 is %2 characters long; at most %3 are accepted."_s.arg(field)
                        .arg(value.size())
                        .arg(maxLength));
    if (!QStringView(value).isValidUtf16())
        return fail(u"%1 is not valid text."_s.arg(field));
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return fail(u"%1 holds control characters."_s.arg(field));
    }
    if (looksLikeToken(value))
        return fail(u"%1 looks like a token or key; an identity never carries one."_s.arg(field));
    return Done{};
}

Result<QJsonObject> checkClaims(const QJsonObject &claims, const QStringList &providerClaims,
                                bool strict)
{
    QJsonObject out;
    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
        const QString &key = it.key();
        const bool allowed = !neverClaims().contains(key) &&
                             (standardClaims().contains(key) || providerClaims.contains(key));
        const QString field = u"The claim \"%1\""_s.arg(key.left(40));
        // A credential is refused wherever it hides, even under a name that would be left out.
        if (strict && it->isString() && looksLikeToken(it->toString()))
            return fail(
                u"%1 looks like a token or key; an identity never carries one."_s.arg(field));
        if (strict && looksLikeToken(key))
            return fail(u"A claim's name looks like a token or key."_s);
        if (!allowed)
            continue;
        // A number or a yes/no is shown as its text (a customer_since year, say); a structure is
        // not display text.
        QString text;
        if (it->isString())
            text = it->toString();
        else if (it->isBool())
            text = it->toBool() ? u"true"_s : u"false"_s;
        else if (it->isDouble())
            text = QString::number(it->toDouble(), 'g', 15);
        else if (strict)
            return fail(u"%1 must be text."_s.arg(field));
        else
            continue;
        if (Status ok = checkText(field, text, kMaxClaimLength); !ok) {
            if (strict)
                return ok.failure();
            continue;
        }
        out.insert(key, text);
    }
    return out;
}

Status checkExpiry(qint64 expiresAtMs, qint64 nowMs)
{
    if (expiresAtMs <= 0)
        return fail(u"expiresAt is required: an identity without an end is never accepted."_s);
    if (expiresAtMs <= nowMs)
        return fail(u"expiresAt is in the past."_s);
    if (expiresAtMs > nowMs + kMaxLifetimeMs)
        return fail(u"expiresAt is more than a day away; the hub accepts at most 24 hours."_s);
    return Done{};
}

} // namespace IdentityRules

namespace {
qint64 seconds(const QJsonValue &v)
{
    return v.isDouble() ? static_cast<qint64>(v.toDouble()) : -1;
}

bool hasAudience(const QJsonValue &aud, const QString &expected)
{
    if (aud.isString())
        return aud.toString() == expected;
    const QJsonArray list = aud.toArray();
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const QJsonValue &v) { return v.toString() == expected; });
}
} // namespace

Result<QJsonObject> identityFromUserinfo(const QString &issuer, const QJsonObject &userinfo,
                                         qint64 expiresInSeconds, const QStringList &providerClaims,
                                         qint64 nowMs)
{
    using namespace IdentityRules;
    const QString subject = userinfo.value("sub"_L1).toString();
    if (subject.isEmpty())
        return fail(u"The identity provider named no subject."_s);
    if (Status ok = checkText(u"The subject"_s, subject, kMaxSubjectLength); !ok)
        return ok.failure();
    QString name = userinfo.value("name"_L1).toString();
    QString email = userinfo.value("email"_L1).toString();
    if (!checkText(u"name"_s, name, kMaxNameLength))
        name.clear();
    if (!checkText(u"email"_s, email, kMaxEmailLength))
        email.clear();
    const qint64 lifetime = expiresInSeconds > 0 ? expiresInSeconds * 1000 : kUnstatedLifetimeMs;
    return QJsonObject{{"issuer"_L1, issuer},
                       {"subject"_L1, subject},
                       {"name"_L1, name},
                       {"email"_L1, email},
                       {"claims"_L1, checkClaims(userinfo, providerClaims, false).value()},
                       {"expiresAt"_L1, nowMs + std::min(lifetime, kMaxLifetimeMs)},
                       {"assurance"_L1, "hub"_L1},
                       {"verifiedAt"_L1, nowMs}};
}

Result<ProvenIdentity> checkIdentityProof(const QString &proof, const ProofCheck &check)
{
    using namespace IdentityRules;
    auto refuse = [](const QString &why) {
        return fail(u"The provider's signed statement was refused: %1"_s.arg(why));
    };
    Result<Crypto::Jws> jws = Crypto::verifyJws(proof, check.jwks);
    if (!jws)
        return refuse(jws.error());
    // RFC 9701 §5: the type keeps an ID token, or any other JWT of the same provider, from
    // passing as an introspection answer.
    const QString typ = jws->header.value("typ"_L1).toString();
    if (typ != "token-introspection+jwt"_L1 && typ != "application/token-introspection+jwt"_L1)
        return refuse(u"it is not an introspection answer (typ \"%1\")."_s.arg(typ.left(40)));
    const QJsonObject &p = jws->payload;
    if (p.value("iss"_L1).toString() != check.issuer)
        return refuse(u"it was issued by \"%1\", not by %2."_s.arg(
            p.value("iss"_L1).toString().left(100), check.issuer));
    if (!check.audience.isEmpty() && !hasAudience(p.value("aud"_L1), check.audience))
        return refuse(u"it was not issued to %1."_s.arg(check.audience));
    const qint64 madeMs = seconds(p.value("iat"_L1)) * 1000;
    if (madeMs < 0)
        return refuse(u"it does not say when it was made."_s);
    if (madeMs > check.nowMs + kClockSkewMs)
        return refuse(u"it was made in the future."_s);
    if (madeMs < check.nowMs - kProofMaxAgeMs || madeMs < check.windowStartMs - kClockSkewMs)
        return refuse(u"it is older than this sign-in."_s);

    const QJsonObject ti = p.value("token_introspection"_L1).toObject();
    if (ti.value("active"_L1) != QJsonValue(true))
        return refuse(u"the provider says the token is not active."_s);
    if (ti.contains("iss"_L1) && ti.value("iss"_L1).toString() != check.issuer)
        return refuse(u"the token was issued by another provider."_s);
    if (!check.tokenClient.isEmpty() && ti.contains("client_id"_L1) &&
        ti.value("client_id"_L1).toString() != check.tokenClient)
        return refuse(u"the token was issued to \"%1\", not to %2."_s.arg(
            ti.value("client_id"_L1).toString().left(100), check.tokenClient));
    ProvenIdentity out;
    out.subject = ti.value("sub"_L1).toString();
    if (out.subject.isEmpty())
        return refuse(u"it names no subject."_s);
    if (Status ok = checkText(u"The subject"_s, out.subject, kMaxSubjectLength); !ok)
        return refuse(ok.error());
    // Issued while this sign-in ran: a token of an earlier (or another customer's later) sign-in
    // cannot be passed off as this one's.
    out.tokenIssuedAtMs = seconds(ti.value("iat"_L1)) * 1000;
    if (out.tokenIssuedAtMs < 0)
        return refuse(u"it does not say when the token was issued."_s);
    if (out.tokenIssuedAtMs < check.windowStartMs - kClockSkewMs ||
        out.tokenIssuedAtMs > check.windowEndMs + kClockSkewMs)
        return refuse(u"the token was not issued during this sign-in."_s);
    const qint64 expMs = seconds(ti.value("exp"_L1)) * 1000;
    if (expMs <= 0)
        return refuse(u"it does not say when the token expires."_s);
    if (expMs <= check.nowMs)
        return refuse(u"the token has expired."_s);
    out.expiresAtMs = std::min(expMs, check.nowMs + kMaxLifetimeMs);

    // What the statement says about the customer, each checked as a desk's report would be;
    // what it does not say is not taken from anyone else.
    out.name = ti.value("name"_L1).toString();
    out.email = ti.value("email"_L1).toString();
    if (!checkText(u"name"_s, out.name, kMaxNameLength))
        out.name.clear();
    if (!checkText(u"email"_s, out.email, kMaxEmailLength))
        out.email.clear();
    out.claims = checkClaims(ti, check.providerClaims, false).value();

    out.tokenId = ti.value("jti"_L1).toString();
    if (out.tokenId.isEmpty() || out.tokenId.size() > 256) {
        // Without a jti, what identifies the token: its subject, client and times.
        const QByteArray what =
            QJsonDocument(QJsonObject{{"sub"_L1, out.subject},
                                      {"client_id"_L1, ti.value("client_id"_L1)},
                                      {"iat"_L1, ti.value("iat"_L1)},
                                      {"exp"_L1, ti.value("exp"_L1)}})
                .toJson(QJsonDocument::Compact);
        out.tokenId =
            u"sha256:"_s +
            QString::fromLatin1(QCryptographicHash::hash(what, QCryptographicHash::Sha256).toHex());
    }
    return out;
}

} // namespace Signet::Hub
