#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Signet::Hub {

// Slows password guessing: after `failures` wrong passwords for one key (a user name from one
// address, or one address) within the window, that key is locked out — 30 s at first, doubling
// with each further lockout up to the maximum. A locked-out attempt is refused before its password
// is even hashed, so it neither counts nor costs the hub a PBKDF2 run.
class LoginThrottle
{
public:
    struct Policy
    {
        int failures = 5;
        qint64 windowMs = 15 * 60 * 1000;
        qint64 lockoutMs = 30 * 1000;
        qint64 maxLockoutMs = 15 * 60 * 1000;
    };

    explicit LoginThrottle(Policy policy);

    // Milliseconds until key may try again (0: now).
    qint64 lockedFor(const QString &key, qint64 nowMs) const;
    // Returns the lockout this failure started, in milliseconds (0: none).
    qint64 recordFailure(const QString &key, qint64 nowMs);
    void recordSuccess(const QString &key);
    // Forgets keys with nothing left to remember (bounded memory under a spray of names).
    void prune(qint64 nowMs);

private:
    struct State
    {
        QList<qint64> failures; // within the window, oldest first
        qint64 lockedUntil = 0;
        int lockouts = 0;
    };

    Policy m_policy;
    QHash<QString, State> m_states;
};

} // namespace Signet::Hub
