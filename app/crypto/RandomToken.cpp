#include "crypto/RandomToken.h"

#include <QByteArray>

#include <openssl/rand.h>

#include <cstdlib>

namespace Signet::Crypto {

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        std::abort();
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace Signet::Crypto
