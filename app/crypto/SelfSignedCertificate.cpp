#include "crypto/SelfSignedCertificate.h"

#include "crypto/OpenSsl.h"

#include <QHostAddress>

#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Signet::Crypto {

using namespace Qt::StringLiterals;

namespace {
using X509Ptr = std::unique_ptr<X509, Ossl::Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Ossl::Deleter<BIO, BIO_free_all>>;
using NamesPtr = std::unique_ptr<GENERAL_NAMES, Ossl::Deleter<GENERAL_NAMES, GENERAL_NAMES_free>>;

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

// subjectAltName: DNS names and IP addresses (hostname checks use these, not the common name).
bool addAltNames(X509 *cert, const QStringList &hosts)
{
    NamesPtr names(GENERAL_NAMES_new());
    if (!names)
        return false;
    for (const QString &host : hosts) {
        GENERAL_NAME *name = nullptr;
        const QHostAddress address(host);
        if (!address.isNull()) {
            QByteArray bytes;
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                const quint32 v4 = address.toIPv4Address();
                bytes = QByteArray(4, '\0');
                for (int i = 0; i < 4; ++i)
                    bytes[i] = static_cast<char>((v4 >> (24 - 8 * i)) & 0xff);
            } else {
                const Q_IPV6ADDR v6 = address.toIPv6Address();
                bytes = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
            }
            ASN1_OCTET_STRING *ip = ASN1_OCTET_STRING_new();
            if (!ip || !ASN1_OCTET_STRING_set(
                           ip, reinterpret_cast<const unsigned char *>(bytes.constData()),
                           static_cast<int>(bytes.size()))) {
                ASN1_OCTET_STRING_free(ip);
                return false;
            }
            name = GENERAL_NAME_new();
            if (!name) {
                ASN1_OCTET_STRING_free(ip);
                return false;
            }
            GENERAL_NAME_set0_value(name, GEN_IPADD, ip);
        } else {
            const QByteArray dns = host.toUtf8();
            ASN1_IA5STRING *text = ASN1_IA5STRING_new();
            if (!text || !ASN1_STRING_set(text, dns.constData(), static_cast<int>(dns.size()))) {
                ASN1_IA5STRING_free(text);
                return false;
            }
            name = GENERAL_NAME_new();
            if (!name) {
                ASN1_IA5STRING_free(text);
                return false;
            }
            GENERAL_NAME_set0_value(name, GEN_DNS, text);
        }
        if (!sk_GENERAL_NAME_push(names.get(), name)) {
            GENERAL_NAME_free(name);
            return false;
        }
    }
    return X509_add1_ext_i2d(cert, NID_subject_alt_name, names.get(), 0, 0) == 1;
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}
} // namespace

Result<CertificateAndKey> makeSelfSignedCertificate(const QStringList &hosts, int days)
{
    if (hosts.isEmpty())
        return fail(u"A certificate needs at least one host name or address."_s);
    if (days < 1 || days > 3650)
        return fail(u"A certificate's validity must be between 1 and 3650 days."_s);
    Ossl::PKey key(EVP_EC_gen("P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert)
        return fail(u"Could not create the certificate's key."_s);

    // A random 159-bit serial number (positive, as RFC 5280 asks).
    unsigned char serial[20];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return fail(u"No randomness for the certificate's serial number."_s);
    serial[0] &= 0x7f;
    Ossl::BigNum number(BN_bin2bn(serial, sizeof serial, nullptr));
    const QByteArray commonName = hosts.first().toUtf8();
    X509_NAME *name = X509_get_subject_name(cert.get());
    const bool ok =
        number && X509_set_version(cert.get(), 2) == 1 &&
        BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(cert.get())) &&
        X509_gmtime_adj(X509_getm_notBefore(cert.get()), -300) &&
        X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * days) &&
        X509_set_pubkey(cert.get(), key.get()) == 1 &&
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>("signet-hub"), -1, -1,
                                   0) == 1 &&
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(commonName.constData()),
                                   static_cast<int>(commonName.size()), -1, 0) == 1 &&
        X509_set_issuer_name(cert.get(), name) == 1 && addAltNames(cert.get(), hosts) &&
        addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(cert.get(), NID_key_usage, "critical,digitalSignature") &&
        addExtension(cert.get(), NID_ext_key_usage, "serverAuth") &&
        addExtension(cert.get(), NID_subject_key_identifier, "hash") &&
        X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok)
        return fail(u"Could not build the self-signed certificate."_s);

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1)
        return fail(u"Could not encode the certificate and its key."_s);
    CertificateAndKey out;
    out.certificatePem = drain(certBio.get());
    char *data = nullptr;
    const long size = BIO_get_mem_data(keyBio.get(), &data);
    out.privateKeyPem = SecretBytes::copyOf(QByteArrayView(data, static_cast<qsizetype>(size)));
    OPENSSL_cleanse(data, static_cast<size_t>(size));
    return out;
}

Status checkKeyMatchesCertificate(QByteArrayView privateKeyPem, QByteArrayView certificatePem)
{
    BioPtr keyBio(BIO_new_mem_buf(privateKeyPem.data(), static_cast<int>(privateKeyPem.size())));
    BioPtr certBio(BIO_new_mem_buf(certificatePem.data(), static_cast<int>(certificatePem.size())));
    if (!keyBio || !certBio)
        return fail(u"Out of memory."_s);
    Ossl::PKey key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    X509Ptr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return fail(u"not an unencrypted PEM private key"_s);
    if (!cert)
        return fail(u"no PEM certificate"_s);
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return fail(u"the private key does not belong to the certificate"_s);
    return Done{};
}

} // namespace Signet::Crypto
