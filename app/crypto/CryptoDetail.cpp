#include "crypto/CryptoDetail.h"

namespace Signet::Crypto::Detail {

const char *groupName(Curve curve)
{
    return curve == Curve::P384 ? "P-384" : "P-256";
}

int nid(Curve curve)
{
    return curve == Curve::P384 ? NID_secp384r1 : NID_X9_62_prime256v1;
}

QByteArray publicPointOf(EVP_PKEY *key, Curve curve)
{
    QByteArray point(static_cast<qsizetype>(pointSize(curve)), Qt::Uninitialized);
    size_t length = 0;
    // OpenSSL 3 exports the encoded public key in the key's point format (uncompressed by default).
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY,
                                        reinterpret_cast<unsigned char *>(point.data()),
                                        static_cast<size_t>(point.size()), &length) != 1 ||
        length != pointSize(curve) || point.at(0) != 0x04)
        return {};
    return point;
}

Ossl::PKey keyFromParts(Curve curve, const BIGNUM *priv, const QByteArray &publicPoint)
{
    Ossl::ParamBld builder(OSSL_PARAM_BLD_new());
    if (!builder)
        return {};
    if (OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, groupName(curve),
                                        0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                         publicPoint.constData(),
                                         static_cast<size_t>(publicPoint.size())) != 1)
        return {};
    if (priv && OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, priv) != 1)
        return {};
    Ossl::Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    Ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return {};
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &key, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                          params.get()) != 1)
        return {};
    return Ossl::PKey(key);
}

const EC_GROUP *curveGroup(Curve curve)
{
    // Built once per curve and only read afterwards (safe to share between threads).
    static const Ossl::Group p384(EC_GROUP_new_by_curve_name(NID_secp384r1));
    static const Ossl::Group p256(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
    return curve == Curve::P384 ? p384.get() : p256.get();
}

EVP_KDF *x963Kdf()
{
    static const Ossl::Kdf kdf(EVP_KDF_fetch(nullptr, "X963KDF", nullptr));
    return kdf.get();
}

bool isPointOnCurve(Curve curve, QByteArrayView point)
{
    if (static_cast<std::size_t>(point.size()) != pointSize(curve) || point.at(0) != 0x04)
        return false;
    const EC_GROUP *group = curveGroup(curve);
    Ossl::Point p(group ? EC_POINT_new(group) : nullptr);
    // oct2point rejects coordinates that are out of range or not on the curve.
    return p &&
           EC_POINT_oct2point(group, p.get(), reinterpret_cast<const unsigned char *>(point.data()),
                              static_cast<size_t>(point.size()), nullptr) == 1 &&
           EC_POINT_is_on_curve(group, p.get(), nullptr) == 1;
}

} // namespace Signet::Crypto::Detail
