#pragma once

#include <QByteArray>
#include <QString>

namespace Signet::Crypto {

// Salted, deliberately slow password hashing (PBKDF2-HMAC-SHA256, OWASP's 600,000 iterations) for
// the hub's agent accounts. The stored form is self-describing so the cost can be raised later:
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
class PasswordHash
{
public:
    static constexpr int kDefaultIterations = 600000;

    static QString create(const QString &password, int iterations = kDefaultIterations);
    // Constant-time comparison; false for malformed stored values.
    static bool verify(const QString &password, const QString &stored);
};

} // namespace Signet::Crypto
