#include "crypto/EcKeyPair.h"

#include "crypto/CryptoDetail.h"
#include "crypto/OpenSsl.h"

#include <QCryptographicHash>

#include <openssl/pem.h>

namespace Signet::Crypto {

using namespace Qt::StringLiterals;

QString curveName(Curve curve)
{
    return curve == Curve::P384 ? u"P-384"_s : u"P-256"_s;
}

std::size_t pointSize(Curve curve)
{
    return curve == Curve::P384 ? 97 : 65;
}

std::size_t scalarSize(Curve curve)
{
    return curve == Curve::P384 ? 48 : 32;
}

void EcKeyPair::Free::operator()(evp_pkey_st *key) const
{
    EVP_PKEY_free(key);
}

EcKeyPair::EcKeyPair(Curve curve, evp_pkey_st *key, QByteArray publicPoint)
    : m_curve(curve)
    , m_key(key)
    , m_publicPoint(std::move(publicPoint))
{}

EcKeyPair::EcKeyPair(EcKeyPair &&) noexcept = default;
EcKeyPair &EcKeyPair::operator=(EcKeyPair &&) noexcept = default;
EcKeyPair::~EcKeyPair() = default;

evp_pkey_st *EcKeyPair::handle() const
{
    return m_key.get();
}

Result<EcKeyPair> EcKeyPair::generate(Curve curve)
{
    Ossl::PKey key(EVP_EC_gen(Detail::groupName(curve)));
    if (!key)
        return fail(u"Could not generate a %1 key."_s.arg(curveName(curve)));
    QByteArray point = Detail::publicPointOf(key.get(), curve);
    if (point.isEmpty())
        return fail(u"Could not read the generated public key."_s);
    return EcKeyPair(curve, key.release(), std::move(point));
}

Result<EcKeyPair> EcKeyPair::fromPrivateScalar(Curve curve, const SecretBytes &scalar)
{
    if (scalar.isEmpty() || scalar.size() > scalarSize(curve))
        return fail(u"A %1 private key is %2 bytes; this one is %3."_s.arg(curveName(curve))
                        .arg(scalarSize(curve))
                        .arg(scalar.size()));
    Ossl::Group group(EC_GROUP_new_by_curve_name(Detail::nid(curve)));
    Ossl::BigNum priv(BN_bin2bn(scalar.data(), static_cast<int>(scalar.size()), nullptr));
    if (!group || !priv)
        return fail(u"Could not read the private key."_s);
    // 1 ≤ d < n, or it is not a private key of this curve.
    if (BN_is_zero(priv.get()) || BN_cmp(priv.get(), EC_GROUP_get0_order(group.get())) >= 0)
        return fail(u"The private key is not a valid %1 scalar."_s.arg(curveName(curve)));
    Ossl::Point pub(EC_POINT_new(group.get()));
    if (!pub || EC_POINT_mul(group.get(), pub.get(), priv.get(), nullptr, nullptr, nullptr) != 1)
        return fail(u"Could not compute the public key."_s);
    QByteArray point(static_cast<qsizetype>(pointSize(curve)), Qt::Uninitialized);
    if (EC_POINT_point2oct(group.get(), pub.get(), POINT_CONVERSION_UNCOMPRESSED,
                           reinterpret_cast<unsigned char *>(point.data()),
                           static_cast<size_t>(point.size()), nullptr) != pointSize(curve))
        return fail(u"Could not encode the public key."_s);

    Ossl::PKey key = Detail::keyFromParts(curve, priv.get(), point);
    if (!key)
        return fail(u"Could not build the key."_s);
    return EcKeyPair(curve, key.release(), std::move(point));
}

Result<EcKeyPair> EcKeyPair::fromPrivateScalarBase64(Curve curve, QByteArrayView base64)
{
    bool ok = false;
    SecretBytes scalar = SecretBytes::fromBase64(QByteArrayView(base64).trimmed(), &ok);
    if (!ok)
        return fail(u"The private key is not valid Base64."_s);
    return fromPrivateScalar(curve, scalar);
}

Result<EcKeyPair> EcKeyPair::fromPem(const SecretBytes &pem)
{
    std::unique_ptr<BIO, Ossl::Deleter<BIO, BIO_free_all>> bio(
        BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio)
        return fail(u"Could not read the PEM text."_s);
    Ossl::PKey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return fail(
            u"Not an unencrypted PEM private key (expected BEGIN PRIVATE KEY or BEGIN EC PRIVATE KEY)."_s);
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC)
        return fail(u"The PEM key is not an elliptic-curve key."_s);
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &length) != 1)
        return fail(u"The PEM key names no curve."_s);
    const QByteArray name(group, static_cast<qsizetype>(length));
    Curve curve;
    if (name == "secp384r1" || name == "P-384")
        curve = Curve::P384;
    else if (name == "prime256v1" || name == "P-256")
        curve = Curve::P256;
    else
        return fail(
            u"The PEM key is on %1; Signet uses P-384 or P-256."_s.arg(QString::fromLatin1(name)));
    QByteArray point = Detail::publicPointOf(key.get(), curve);
    if (point.isEmpty())
        return fail(u"The PEM key has no usable public key."_s);
    return EcKeyPair(curve, key.release(), std::move(point));
}

Result<EcKeyPair> EcKeyPair::fromAnyPrivateForm(const SecretBytes &text)
{
    const QByteArrayView trimmed = text.view().trimmed();
    if (trimmed.startsWith("-----BEGIN"))
        return fromPem(text);
    bool ok = false;
    SecretBytes scalar = SecretBytes::fromBase64(trimmed, &ok);
    if (!ok)
        return fail(u"Expected a PEM private key or the Base64 of a raw private scalar."_s);
    if (scalar.size() == scalarSize(Curve::P384) || scalar.size() == scalarSize(Curve::P384) - 1)
        return fromPrivateScalar(Curve::P384, scalar);
    if (scalar.size() == scalarSize(Curve::P256))
        return fromPrivateScalar(Curve::P256, scalar);
    return fail(u"A raw private key is 48 bytes (P-384) or 32 bytes (P-256); this one is %1."_s.arg(
        scalar.size()));
}

SecretBytes EcKeyPair::privateScalar() const
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_PRIV_KEY, &raw) != 1)
        return {};
    Ossl::BigNum priv(raw);
    SecretBytes out(scalarSize(m_curve));
    // Left-padded to the curve's size: a scalar with leading zero bytes keeps its length.
    if (BN_bn2binpad(priv.get(), out.data(), static_cast<int>(out.size())) !=
        static_cast<int>(out.size()))
        return {};
    return out;
}

SecretBytes EcKeyPair::toPkcs8Pem() const
{
    std::unique_ptr<BIO, Ossl::Deleter<BIO, BIO_free_all>> bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr,
                                              nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    if (size <= 0)
        return {};
    return SecretBytes::copyOf(QByteArrayView(data, size));
}

QString EcKeyPair::fingerprintOf(const QByteArray &publicPoint)
{
    const QByteArray digest =
        QCryptographicHash::hash(publicPoint, QCryptographicHash::Sha256).left(8);
    return QString::fromLatin1(digest.toHex(':'));
}

} // namespace Signet::Crypto
