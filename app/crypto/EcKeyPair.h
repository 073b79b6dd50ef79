#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace Signet::Crypto {

enum class Curve { P256, P384 };

QString curveName(Curve curve);      // "P-256", "P-384"
std::size_t pointSize(Curve curve);  // uncompressed point: 65 or 97 bytes
std::size_t scalarSize(Curve curve); // 32 or 48 bytes

// An elliptic-curve key pair on P-384 (Apple's default) or P-256. The public key travels as
// Base64 of the uncompressed point 0x04‖X‖Y — Apple's responseEncryptionKey format. The private
// key leaves this class only as SecretBytes: the raw big-endian scalar (left-padded) or PKCS#8 PEM.
class EcKeyPair
{
public:
    static Result<EcKeyPair> generate(Curve curve = Curve::P384);
    // Raw big-endian private scalar (shorter input is left-padded with zeros).
    static Result<EcKeyPair> fromPrivateScalar(Curve curve, const SecretBytes &scalar);
    static Result<EcKeyPair> fromPrivateScalarBase64(Curve curve, QByteArrayView base64);
    // Unencrypted PKCS#8 ("BEGIN PRIVATE KEY") or SEC1 ("BEGIN EC PRIVATE KEY") PEM.
    static Result<EcKeyPair> fromPem(const SecretBytes &pem);
    // Either of the above, recognised by its form: a PEM block, or Base64 of a 32/48-byte scalar.
    static Result<EcKeyPair> fromAnyPrivateForm(const SecretBytes &text);

    EcKeyPair(EcKeyPair &&) noexcept;
    EcKeyPair &operator=(EcKeyPair &&) noexcept;
    ~EcKeyPair();

    Curve curve() const { return m_curve; }
    QByteArray publicPoint() const { return m_publicPoint; }
    QString publicKeyBase64() const { return QString::fromLatin1(m_publicPoint.toBase64()); }
    SecretBytes privateScalar() const;
    SecretBytes privateScalarBase64() const { return privateScalar().toBase64(); }
    SecretBytes toPkcs8Pem() const;
    // SHA-256 of the public point, first 8 bytes as hex pairs: "3f:2a:9c:01:77:de:1b:20".
    QString fingerprint() const { return fingerprintOf(m_publicPoint); }
    static QString fingerprintOf(const QByteArray &publicPoint);

    // For app/crypto only (the cipher needs the OpenSSL key).
    evp_pkey_st *handle() const;

private:
    EcKeyPair(Curve curve, evp_pkey_st *key, QByteArray publicPoint);

    struct Free
    {
        void operator()(evp_pkey_st *key) const;
    };
    Curve m_curve = Curve::P384;
    std::unique_ptr<evp_pkey_st, Free> m_key;
    QByteArray m_publicPoint;
};

} // namespace Signet::Crypto
