#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QStringList>

namespace Signet::Hub {

// What the hub accepts as who a customer is (docs/security.md, "Who the customer is"). The hub
// never takes an agent's word for an identity it can check:
//  * when the hub held the token itself (iOS 16+, web chat) it asked the provider and recorded the
//    answer; a desk's report can only confirm it;
//  * when only the desk could read the token (iOS 12–15: encrypted to the desk's key on the
//    device), the desk hands on a statement the provider signed about the token — an RFC 9701
//    introspection answer — which the hub checks against the provider's keys (checkIdentityProof);
//  * anything else is the agent's assertion: recorded as such, never linked to a history.
namespace IdentityRules {

inline constexpr qint64 kMaxLifetimeMs = 24LL * 3600 * 1000; // beyond: absurd (or capped)
inline constexpr qint64 kUnstatedLifetimeMs = 3600LL * 1000; // a provider that says nothing
inline constexpr qint64 kClockSkewMs = 2LL * 60 * 1000;      // between the hub and a provider
inline constexpr qint64 kProofMaxAgeMs = 10LL * 60 * 1000;   // a signed statement goes stale
inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxEmailLength = 254;
inline constexpr int kMaxClaimLength = 200;
inline constexpr int kMaxSubjectLength = 255;

// Text shaped like a credential: a JWT, or a long unbroken run of base64/hex characters.
bool looksLikeToken(const QString &text);
// A name, e-mail, subject or claim value: one short line of text that is not a credential.
Status checkText(const QString &field, const QString &value, int maxLength);
// The claims an identity may carry: the standard OpenID profile claims and those the provider
// lists in its discovery document (providerClaims), each a short string that is not a
// credential (numbers and yes/no become their text). Other claims are left out. With strict (a
// desk's report) a credential anywhere, or an allowed claim that is not a short line of text, is
// refused with the claim's name; otherwise (a provider's answer) it is left out too.
Result<QJsonObject> checkClaims(const QJsonObject &claims, const QStringList &providerClaims,
                                bool strict);
// A reported expiry (ms since 1970): stated, in the future, and at most a day away.
Status checkExpiry(qint64 expiresAtMs, qint64 nowMs);

} // namespace IdentityRules

// What the hub expects of a provider-signed statement about a sign-in's token.
struct ProofCheck
{
    QString issuer;      // the provider the sign-in went to
    QJsonObject jwks;    // its published keys
    QString audience;    // the desk client it was issued to (empty: not checked)
    QString tokenClient; // the client the token was issued to (iOS 12–15: Apple's; empty: any)
    qint64 windowStartMs = 0; // the token must have been issued while the sign-in ran
    qint64 windowEndMs = 0;
    qint64 nowMs = 0;
    QStringList providerClaims;
};

// Who the statement says the token's customer is.
struct ProvenIdentity
{
    QString subject;
    QString name;  // empty when the statement does not say
    QString email; // likewise
    QJsonObject claims;
    qint64 expiresAtMs = 0; // capped at kMaxLifetimeMs from now
    qint64 tokenIssuedAtMs = 0;
    QString tokenId; // the token's jti, or a digest of what identifies it
};

// The identity the hub records itself for a token it holds (iOS 16+, web chat), from the
// provider's userinfo answer: {issuer, subject, name, email, claims, expiresAt, assurance "hub"}.
// The expiry is the token's (expiresInSeconds; unstated: an hour), at most a day.
Result<QJsonObject> identityFromUserinfo(const QString &issuer, const QJsonObject &userinfo,
                                         qint64 expiresInSeconds, const QStringList &providerClaims,
                                         qint64 nowMs);

// Checks an RFC 9701 introspection JWT (typ token-introspection+jwt) as proof of a sign-in:
// signed by one of the provider's keys, from its issuer, for the desk, fresh; about an active token
// of the right client, issued during the sign-in, with a subject and a bounded expiry.
Result<ProvenIdentity> checkIdentityProof(const QString &proof, const ProofCheck &check);

} // namespace Signet::Hub
