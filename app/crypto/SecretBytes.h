#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace Signet::Crypto {

// Bytes that must not linger: private keys, shared secrets, derived keys, decrypted tokens.
// Move-only; the buffer is wiped (OPENSSL_cleanse) when it is destroyed, reassigned or moved from.
// There is deliberately no implicit conversion to QByteArray or QString: copying a secret out is
// always an explicit, greppable call.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    // Copies the bytes; wiping the source stays the caller's job.
    static SecretBytes copyOf(QByteArrayView bytes);
    // Takes the bytes and wipes the QByteArray it was given (and its shared copies' buffer).
    static SecretBytes takeFrom(QByteArray &bytes);

    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *constChar() const { return reinterpret_cast<const char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const
    {
        return QByteArrayView(constChar(), static_cast<qsizetype>(m_size));
    }

    void wipe();
    // Keeps the first n bytes (n ≤ size), wiping the rest.
    void truncate(std::size_t n);
    bool constantTimeEquals(QByteArrayView other) const;

    // Explicit copies out, for the places that must hand a secret to an API that takes Qt types.
    QByteArray toByteArrayCopy() const;
    SecretBytes toBase64() const;
    static SecretBytes fromBase64(QByteArrayView base64, bool *ok = nullptr);

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace Signet::Crypto
