#include "crypto/SecretBytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <new>
#include <utility>

namespace Signet::Crypto {

SecretBytes::SecretBytes(std::size_t size)
    : m_data(size ? new unsigned char[size]() : nullptr)
    , m_size(size)
{}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes out(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(out.m_data, bytes.data(), out.m_size);
    return out;
}

SecretBytes SecretBytes::takeFrom(QByteArray &bytes)
{
    SecretBytes out = copyOf(bytes);
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
    return out;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::wipe()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, m_size);
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
}

void SecretBytes::truncate(std::size_t n)
{
    if (n >= m_size)
        return;
    OPENSSL_cleanse(m_data + n, m_size - n);
    m_size = n;
    if (n == 0)
        wipe();
}

bool SecretBytes::constantTimeEquals(QByteArrayView other) const
{
    return static_cast<std::size_t>(other.size()) == m_size &&
           (m_size == 0 || CRYPTO_memcmp(m_data, other.data(), m_size) == 0);
}

QByteArray SecretBytes::toByteArrayCopy() const
{
    return QByteArray(constChar(), static_cast<qsizetype>(m_size));
}

SecretBytes SecretBytes::toBase64() const
{
    QByteArray raw = QByteArray::fromRawData(constChar(), static_cast<qsizetype>(m_size));
    QByteArray encoded = raw.toBase64();
    return takeFrom(encoded);
}

SecretBytes SecretBytes::fromBase64(QByteArrayView base64, bool *ok)
{
    auto decoded =
        QByteArray::fromBase64Encoding(QByteArray::fromRawData(base64.data(), base64.size()),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok;
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        if (!decoded.decoded.isEmpty())
            OPENSSL_cleanse(decoded.decoded.data(),
                            static_cast<std::size_t>(decoded.decoded.size()));
        return {};
    }
    return takeFrom(decoded.decoded);
}

} // namespace Signet::Crypto
