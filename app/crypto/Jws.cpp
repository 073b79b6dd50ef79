#include "crypto/Jws.h"

#include "crypto/CryptoDetail.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/ecdsa.h>
#include <openssl/rsa.h>

namespace Signet::Crypto {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxCompactLength = 64 * 1024;
constexpr int kMinRsaBits = 2048;

using EcdsaSig = std::unique_ptr<ECDSA_SIG, Ossl::Deleter<ECDSA_SIG, ECDSA_SIG_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Ossl::Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Strict base64url: the alphabet only, no padding (RFC 7515 §2).
std::optional<QByteArray> fromBase64Url(QByteArrayView text)
{
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::Base64UrlEncoding |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

struct Algorithm
{
    const char *name;
    const EVP_MD *(*digest)();
    enum class Kind { Ec, Rsa, RsaPss } kind;
    Curve curve = Curve::P256; // for Ec
};

std::optional<Algorithm> algorithm(const QString &alg)
{
    if (alg == "ES256"_L1)
        return Algorithm{"ES256", EVP_sha256, Algorithm::Kind::Ec, Curve::P256};
    if (alg == "ES384"_L1)
        return Algorithm{"ES384", EVP_sha384, Algorithm::Kind::Ec, Curve::P384};
    if (alg == "RS256"_L1)
        return Algorithm{"RS256", EVP_sha256, Algorithm::Kind::Rsa};
    if (alg == "PS256"_L1)
        return Algorithm{"PS256", EVP_sha256, Algorithm::Kind::RsaPss};
    return std::nullopt;
}

Result<Ossl::PKey> ecKeyFromJwk(const QJsonObject &jwk, Curve curve)
{
    const QString crv = jwk.value("crv"_L1).toString();
    if (crv != curveName(curve))
        return fail(u"the key is on %1, the signature needs %2"_s.arg(crv, curveName(curve)));
    const auto x = fromBase64Url(jwk.value("x"_L1).toString().toLatin1());
    const auto y = fromBase64Url(jwk.value("y"_L1).toString().toLatin1());
    const auto size = static_cast<qsizetype>(scalarSize(curve));
    if (!x || !y || x->size() != size || y->size() != size)
        return fail(u"the key's coordinates are malformed"_s);
    const QByteArray point = QByteArray(1, '\x04') + *x + *y;
    if (!Detail::isPointOnCurve(curve, point))
        return fail(u"the key is not a point on %1"_s.arg(crv));
    Ossl::PKey key = Detail::keyFromParts(curve, nullptr, point);
    if (!key)
        return fail(u"the key could not be read"_s);
    return key;
}

Result<Ossl::PKey> rsaKeyFromJwk(const QJsonObject &jwk)
{
    const auto n = fromBase64Url(jwk.value("n"_L1).toString().toLatin1());
    const auto e = fromBase64Url(jwk.value("e"_L1).toString().toLatin1());
    if (!n || !e || n->isEmpty() || e->isEmpty())
        return fail(u"the key's modulus or exponent is malformed"_s);
    Ossl::BigNum modulus(BN_bin2bn(reinterpret_cast<const unsigned char *>(n->constData()),
                                   static_cast<int>(n->size()), nullptr));
    Ossl::BigNum exponent(BN_bin2bn(reinterpret_cast<const unsigned char *>(e->constData()),
                                    static_cast<int>(e->size()), nullptr));
    if (!modulus || !exponent)
        return fail(u"the key could not be read"_s);
    if (BN_num_bits(modulus.get()) < kMinRsaBits)
        return fail(
            u"the RSA key has %1 bits; at least %2 are needed"_s.arg(BN_num_bits(modulus.get()))
                .arg(kMinRsaBits));
    Ossl::ParamBld builder(OSSL_PARAM_BLD_new());
    if (!builder ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1)
        return fail(u"the key could not be read"_s);
    Ossl::Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    Ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return fail(u"the key could not be read"_s);
    return Ossl::PKey(key);
}

// The JWK the header names, or the only one of the right type when it names none.
Result<QJsonObject> selectKey(const QJsonObject &jwks, const QJsonObject &header,
                              const Algorithm &alg)
{
    const QString kid = header.value("kid"_L1).toString();
    const QString kty = alg.kind == Algorithm::Kind::Ec ? u"EC"_s : u"RSA"_s;
    QList<QJsonObject> candidates;
    for (const QJsonValue &k : jwks.value("keys"_L1).toArray()) {
        const QJsonObject jwk = k.toObject();
        if (jwk.value("kty"_L1).toString() != kty)
            continue;
        if (!kid.isEmpty() && jwk.value("kid"_L1).toString() != kid)
            continue;
        candidates.append(jwk);
    }
    if (candidates.isEmpty())
        return fail(kid.isEmpty() ? u"the provider publishes no %1 key"_s.arg(kty)
                                  : u"the provider publishes no key \"%1\""_s.arg(kid.left(64)));
    if (candidates.size() > 1)
        return fail(u"the statement does not say which of the provider's keys signed it"_s);
    const QJsonObject jwk = candidates.first();
    if (jwk.contains("use"_L1) && jwk.value("use"_L1).toString() != "sig"_L1)
        return fail(u"the provider's key is not for signatures"_s);
    if (jwk.contains("alg"_L1) && jwk.value("alg"_L1).toString() != QLatin1StringView(alg.name))
        return fail(u"the provider's key is for %1, not %2"_s.arg(jwk.value("alg"_L1).toString(),
                                                                  QLatin1StringView(alg.name)));
    return jwk;
}

// JWS carries ECDSA signatures as r‖s; OpenSSL wants DER.
QByteArray ecdsaRawToDer(const QByteArray &raw, Curve curve)
{
    const auto half = static_cast<int>(scalarSize(curve));
    if (raw.size() != 2 * half)
        return {};
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    EcdsaSig sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(bytes, half, nullptr);
    BIGNUM *s = BN_bin2bn(bytes + half, half, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length)
        return {};
    return der;
}

QByteArray ecdsaDerToRaw(const QByteArray &der, Curve curve)
{
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &in, static_cast<long>(der.size())));
    if (!sig)
        return {};
    const auto half = static_cast<int>(scalarSize(curve));
    QByteArray raw(2 * half, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), out, half) != half ||
        BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), out + half, half) != half)
        return {};
    return raw;
}

bool verifySignature(EVP_PKEY *key, const Algorithm &alg, const QByteArray &signingInput,
                     const QByteArray &signature)
{
    MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, alg.digest(), nullptr, key) != 1)
        return false;
    if (alg.kind == Algorithm::Kind::RsaPss &&
        (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
         EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1))
        return false;
    QByteArray sig = signature;
    if (alg.kind == Algorithm::Kind::Ec) {
        sig = ecdsaRawToDer(signature, alg.curve);
        if (sig.isEmpty())
            return false;
    }
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()),
                            static_cast<size_t>(sig.size()),
                            reinterpret_cast<const unsigned char *>(signingInput.constData()),
                            static_cast<size_t>(signingInput.size())) == 1;
}

struct Parts
{
    Jws jws;
    QByteArray signingInput;
    QByteArray signature;
};

Result<Parts> split(const QString &compact)
{
    if (compact.size() > kMaxCompactLength)
        return fail(u"The signed statement is too long."_s);
    const QByteArray text = compact.toLatin1();
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 3 || compact.contains(u' '))
        return fail(u"The signed statement is not a compact JWS (three base64url parts)."_s);
    const auto header = fromBase64Url(parts.at(0));
    const auto payload = fromBase64Url(parts.at(1));
    const auto signature = fromBase64Url(parts.at(2));
    if (!header || !payload || !signature)
        return fail(u"The signed statement is not valid base64url."_s);
    QJsonParseError error;
    const QJsonDocument h = QJsonDocument::fromJson(*header, &error);
    if (error.error != QJsonParseError::NoError || !h.isObject())
        return fail(u"The signed statement's header is not a JSON object."_s);
    const QJsonDocument p = QJsonDocument::fromJson(*payload, &error);
    if (error.error != QJsonParseError::NoError || !p.isObject())
        return fail(u"The signed statement's payload is not a JSON object."_s);
    return Parts{Jws{h.object(), p.object()}, parts.at(0) + '.' + parts.at(1), *signature};
}

} // namespace

Result<Jws> decodeJws(const QString &compact)
{
    Result<Parts> parts = split(compact);
    if (!parts)
        return parts.failure();
    return parts->jws;
}

Result<Jws> verifyJws(const QString &compact, const QJsonObject &jwks)
{
    Result<Parts> parts = split(compact);
    if (!parts)
        return parts.failure();
    const QJsonObject &header = parts->jws.header;
    // RFC 7515 §4.1.11: a critical extension this code does not know makes the JWS invalid.
    if (header.contains("crit"_L1))
        return fail(u"The signed statement needs extensions Signet does not support."_s);
    const QString name = header.value("alg"_L1).toString();
    const std::optional<Algorithm> alg = algorithm(name);
    if (!alg)
        return fail(u"The signed statement uses the algorithm \"%1\"; only ES256, ES384, RS256 "
                    "and PS256 are accepted."_s.arg(name.left(20)));
    Result<QJsonObject> jwk = selectKey(jwks, header, *alg);
    if (!jwk)
        return fail(u"The signed statement could not be checked: %1."_s.arg(jwk.error()));
    Result<Ossl::PKey> key =
        alg->kind == Algorithm::Kind::Ec ? ecKeyFromJwk(*jwk, alg->curve) : rsaKeyFromJwk(*jwk);
    if (!key)
        return fail(u"The signed statement could not be checked: %1."_s.arg(key.error()));
    if (!verifySignature(key->get(), *alg, parts->signingInput, parts->signature))
        return fail(u"The signed statement's signature is not the provider's."_s);
    return parts->jws;
}

Result<QString> signEs256(const EcKeyPair &key, const QString &kid, const QString &typ,
                          const QJsonObject &payload)
{
    if (key.curve() != Curve::P256)
        return fail(u"ES256 needs a P-256 key."_s);
    const QJsonObject header{{"alg"_L1, "ES256"_L1}, {"typ"_L1, typ}, {"kid"_L1, kid}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    MdCtx ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.handle()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<size_t>(input.size())) != 1)
        return fail(u"The statement could not be signed."_s);
    QByteArray der(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<size_t>(input.size())) != 1)
        return fail(u"The statement could not be signed."_s);
    der.truncate(static_cast<qsizetype>(length));
    const QByteArray raw = ecdsaDerToRaw(der, Curve::P256);
    if (raw.isEmpty())
        return fail(u"The statement could not be signed."_s);
    return QString::fromLatin1(input + '.' + base64Url(raw));
}

QJsonObject publicJwk(const EcKeyPair &key, const QString &kid)
{
    const QByteArray point = key.publicPoint();
    const auto size = static_cast<qsizetype>(scalarSize(key.curve()));
    return QJsonObject{{"kty"_L1, "EC"_L1},
                       {"crv"_L1, curveName(key.curve())},
                       {"x"_L1, QString::fromLatin1(base64Url(point.mid(1, size)))},
                       {"y"_L1, QString::fromLatin1(base64Url(point.mid(1 + size, size)))},
                       {"kid"_L1, kid},
                       {"use"_L1, "sig"_L1},
                       {"alg"_L1, key.curve() == Curve::P256 ? "ES256"_L1 : "ES384"_L1}};
}

} // namespace Signet::Crypto
