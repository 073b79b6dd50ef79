#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Signet::Hub {

// Keeps one source from flooding the audit log: a customer's link once wrote 1,000 entries in
// 1.9 s and an agent 500 in 0.4 s, each a durable write the log then has to carry and check.
//
// Each source (an agent, a customer, the hub on behalf of an address or a conversation) may write
// Policy::burst entries at once and Policy::perMinute a minute after that. What it writes beyond
// is not lost without a trace: it is counted by action, and written as one `audit.suppressed`
// entry (how many, which actions, from when to when) as soon as the source may write again.
class AuditLimiter
{
public:
    struct Policy
    {
        int burst = 60;
        int perMinute = 60;
    };
    struct Suppressed
    {
        QString actor;
        QString source;
        qint64 count = 0;
        QJsonObject actions; // action → how many
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QJsonObject details() const;
    };
    struct Decision
    {
        bool write = false;
        // Written first: what the source had suppressed until now.
        std::optional<Suppressed> before;
    };

    explicit AuditLimiter(Policy policy);

    Decision admit(const QString &source, const QString &actor, const QString &action,
                   qint64 nowMs);
    // The summaries of sources that may write again and had entries suppressed; sources with
    // nothing pending and a full budget are forgotten.
    QList<Suppressed> due(qint64 nowMs);
    int sources() const { return static_cast<int>(m_budgets.size()); }

private:
    struct Budget
    {
        double tokens = 0;
        qint64 refilledMs = 0;
        std::optional<Suppressed> suppressed;
    };
    void refill(Budget &budget, qint64 nowMs) const;

    Policy m_policy;
    QHash<QString, Budget> m_budgets;
};

} // namespace Signet::Hub
