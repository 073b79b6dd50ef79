#include "agentapi/LoginThrottle.h"

#include <algorithm>

namespace Signet::Hub {

LoginThrottle::LoginThrottle(Policy policy)
    : m_policy(policy)
{}

qint64 LoginThrottle::lockedFor(const QString &key, qint64 nowMs) const
{
    const auto it = m_states.constFind(key);
    return it == m_states.constEnd() ? 0 : std::max<qint64>(0, it->lockedUntil - nowMs);
}

qint64 LoginThrottle::recordFailure(const QString &key, qint64 nowMs)
{
    State &state = m_states[key];
    state.failures.removeIf([&](qint64 at) { return at <= nowMs - m_policy.windowMs; });
    state.failures.append(nowMs);
    if (state.failures.size() < m_policy.failures)
        return 0;
    const qint64 lockout =
        std::min(m_policy.maxLockoutMs, m_policy.lockoutMs << std::min(state.lockouts, 20));
    state.lockedUntil = nowMs + lockout;
    ++state.lockouts;
    state.failures.clear();
    return lockout;
}

void LoginThrottle::recordSuccess(const QString &key)
{
    m_states.remove(key);
}

void LoginThrottle::prune(qint64 nowMs)
{
    m_states.removeIf([&](const QHash<QString, State>::iterator &it) {
        State &state = it.value();
        state.failures.removeIf([&](qint64 at) { return at <= nowMs - m_policy.windowMs; });
        // A key stays while it is locked, has recent failures, or could still escalate.
        return state.failures.isEmpty() && state.lockedUntil + m_policy.maxLockoutMs <= nowMs;
    });
}

} // namespace Signet::Hub
