#pragma once

#include "Result.h"
#include "crypto/EcKeyPair.h"

#include <QJsonObject>
#include <QString>

namespace Signet::Crypto {

// JSON Web Signatures in compact form (RFC 7515), as far as Signet needs them: an identity
// provider signs a statement about a customer's token (RFC 9701 introspection responses) and the
// hub checks it against the provider's published keys (a JWK Set, RFC 7517) without ever seeing
// the token.
//
// Verification accepts only asymmetric algorithms — ES256, ES384, RS256, PS256 — so a statement
// can never be "signed" with alg "none", or with a shared secret mistaken for a public key.
struct Jws
{
    QJsonObject header;
    QJsonObject payload;
};

// The three parts decoded, without any check of the signature (for a desk that only reads what
// the provider said; the hub is the one that checks). Refused when it is not a compact JWS whose
// header and payload are JSON objects.
Result<Jws> decodeJws(const QString &compact);

// Verifies compact against the key of jwks ({"keys": [...]}) named by the header's kid (or the
// only key that fits when the header names none). The key's alg and use, when stated, must allow
// the header's alg. RSA keys shorter than 2048 bits are refused.
Result<Jws> verifyJws(const QString &compact, const QJsonObject &jwks);

// Signs payload with ES256 (key must be P-256): the header is {alg, typ, kid}.
Result<QString> signEs256(const EcKeyPair &key, const QString &kid, const QString &typ,
                          const QJsonObject &payload);

// The public half of an EC key as a JWK: {kty: EC, crv, x, y, kid, use: sig, alg}.
QJsonObject publicJwk(const EcKeyPair &key, const QString &kid);

} // namespace Signet::Crypto
