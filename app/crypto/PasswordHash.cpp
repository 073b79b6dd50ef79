#include "crypto/PasswordHash.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Signet::Crypto {

using namespace Qt::StringLiterals;

namespace {
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
constexpr int kMaxIterations = 10000000;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    QByteArray utf8 = password.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     static_cast<int>(salt.size()), iterations, EVP_sha256(),
                                     kHashBytes, reinterpret_cast<unsigned char *>(out.data()));
    OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok == 1 ? out : QByteArray();
}
} // namespace

QString PasswordHash::create(const QString &password, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return {};
    const QByteArray hash = derive(password, salt, iterations);
    if (hash.isEmpty())
        return {};
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool PasswordHash::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != "pbkdf2-sha256"_L1)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > kMaxIterations)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.size() != kHashBytes)
        return false;
    const QByteArray actual = derive(password, salt, iterations);
    return actual.size() == expected.size() &&
           CRYPTO_memcmp(actual.constData(), expected.constData(),
                         static_cast<size_t>(kHashBytes)) == 0;
}

} // namespace Signet::Crypto
