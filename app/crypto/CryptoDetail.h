#pragma once

// Shared helpers of app/crypto's implementation files. Not part of the library's interface.

#include "crypto/EcKeyPair.h"
#include "crypto/OpenSsl.h"

#include <QByteArray>

namespace Signet::Crypto::Detail {

const char *groupName(Curve curve); // OpenSSL's: "P-384", "P-256"
int nid(Curve curve);

// Uncompressed public point of an EC key (empty on failure).
QByteArray publicPointOf(EVP_PKEY *key, Curve curve);
// An EVP_PKEY from a private scalar (optional) and an uncompressed public point.
Ossl::PKey keyFromParts(Curve curve, const BIGNUM *priv, const QByteArray &publicPoint);
// The curve's group and the X9.63 KDF, fetched once and shared (read-only).
const EC_GROUP *curveGroup(Curve curve);
EVP_KDF *x963Kdf();
// True when bytes are an uncompressed point that lies on the curve.
bool isPointOnCurve(Curve curve, QByteArrayView point);

} // namespace Signet::Crypto::Detail
