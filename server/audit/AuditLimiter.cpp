#include "audit/AuditLimiter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Signet::Hub {

QJsonObject AuditLimiter::Suppressed::details() const
{
    return QJsonObject{{"source"_L1, source},
                       {"count"_L1, count},
                       {"actions"_L1, actions},
                       {"from"_L1, fromMs},
                       {"to"_L1, toMs}};
}

AuditLimiter::AuditLimiter(Policy policy)
    : m_policy(policy)
{}

void AuditLimiter::refill(Budget &budget, qint64 nowMs) const
{
    const double perMs = m_policy.perMinute / 60000.0;
    budget.tokens =
        std::min<double>(m_policy.burst, budget.tokens + double(nowMs - budget.refilledMs) * perMs);
    budget.refilledMs = nowMs;
}

AuditLimiter::Decision AuditLimiter::admit(const QString &source, const QString &actor,
                                           const QString &action, qint64 nowMs)
{
    auto it = m_budgets.find(source);
    if (it == m_budgets.end())
        it = m_budgets.insert(source, Budget{double(m_policy.burst), nowMs, std::nullopt});
    Budget &budget = *it;
    refill(budget, nowMs);
    Decision decision;
    if (budget.tokens >= 1) {
        budget.tokens -= 1;
        decision.write = true;
        decision.before = std::exchange(budget.suppressed, std::nullopt);
        return decision;
    }
    if (!budget.suppressed)
        budget.suppressed = Suppressed{actor, source, 0, {}, nowMs, nowMs};
    Suppressed &s = *budget.suppressed;
    ++s.count;
    s.actions[action] = s.actions.value(action).toInteger() + 1;
    s.toMs = nowMs;
    return decision;
}

QList<AuditLimiter::Suppressed> AuditLimiter::due(qint64 nowMs)
{
    QList<Suppressed> out;
    for (auto it = m_budgets.begin(); it != m_budgets.end();) {
        refill(*it, nowMs);
        if (it->suppressed && it->tokens >= 1) {
            it->tokens -= 1; // the summary is an entry of the source's too
            out.append(*std::exchange(it->suppressed, std::nullopt));
        }
        if (!it->suppressed && it->tokens >= m_policy.burst)
            it = m_budgets.erase(it);
        else
            ++it;
    }
    return out;
}

} // namespace Signet::Hub
