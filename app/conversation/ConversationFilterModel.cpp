#include "conversation/ConversationFilterModel.h"

#include "conversation/ConversationListModel.h"

namespace Signet {

using Roles = ConversationListModel::Roles;

ConversationFilterModel::ConversationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

ConversationFilterModel::Escalation
ConversationFilterModel::EscalationPolicy::at(const QDateTime &waitingSince,
                                              const QDateTime &now) const
{
    if (!waitingSince.isValid())
        return Escalation::None;
    const qint64 waited = waitingSince.secsTo(now);
    if (waited >= urgentAfterSeconds)
        return Escalation::Urgent;
    if (waited >= warningAfterSeconds)
        return Escalation::Warning;
    return Escalation::None;
}

ConversationFilterModel::Escalation
ConversationFilterModel::escalation(const QModelIndex &index) const
{
    if (index.data(Roles::StateRole).toInt() ==
        static_cast<int>(Protocol::ConversationState::Closed))
        return Escalation::None;
    return m_policy.at(index.data(Roles::WaitingSinceRole).toDateTime(), now());
}

bool ConversationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Group first (smaller comes first), then within the group.
    auto group = [](const QModelIndex &i) {
        if (i.data(Roles::StateRole).toInt() ==
            static_cast<int>(Protocol::ConversationState::Closed))
            return 3;
        if (i.data(Roles::RingingRole).toBool())
            return 0;
        return i.data(Roles::WaitingSinceRole).toDateTime().isValid() ? 1 : 2;
    };
    const int l = group(left);
    const int r = group(right);
    if (l != r)
        return l < r;
    if (l == 0 || l == 1) {
        // Offers and waiting customers: the longest waiting first (an offer waits since its
        // customer's first unanswered message).
        const QDateTime a = left.data(Roles::WaitingSinceRole).toDateTime();
        const QDateTime b = right.data(Roles::WaitingSinceRole).toDateTime();
        if (a != b)
            return !b.isValid() || (a.isValid() && a < b);
    } else {
        const QDateTime a = left.data(Roles::LastActivityRole).toDateTime();
        const QDateTime b = right.data(Roles::LastActivityRole).toDateTime();
        if (a != b)
            return a > b;
    }
    return left.row() < right.row(); // stable: the order they arrived in
}

void ConversationFilterModel::setChannel(std::optional<Protocol::ChannelType> channel)
{
    if (m_channel == channel)
        return;
    m_channel = channel;
    changed();
}

void ConversationFilterModel::setAgent(const QString &userId)
{
    if (m_agent == userId)
        return;
    m_agent = userId;
    changed();
}

void ConversationFilterModel::setSkill(const QString &skill)
{
    if (m_skill == skill)
        return;
    m_skill = skill;
    changed();
}

void ConversationFilterModel::setMinimumWait(int seconds)
{
    seconds = std::max(0, seconds);
    if (m_minimumWait == seconds)
        return;
    m_minimumWait = seconds;
    changed();
}

void ConversationFilterModel::setAuthentication(Authentication authentication)
{
    if (m_authentication == authentication)
        return;
    m_authentication = authentication;
    changed();
}

void ConversationFilterModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    changed();
}

bool ConversationFilterModel::isFiltering() const
{
    return m_channel || !m_agent.isEmpty() || !m_skill.isEmpty() || m_minimumWait > 0 ||
           m_authentication != Authentication::Any;
}

void ConversationFilterModel::refreshTime()
{
    // Only the time filters change with the clock; the others need no re-evaluation.
    if (m_minimumWait > 0 || m_authentication != Authentication::Any)
        changed();
}

QDateTime ConversationFilterModel::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

void ConversationFilterModel::changed()
{
    invalidateRowsFilter();
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_channel && index.data(Roles::ChannelRole).toInt() != static_cast<int>(*m_channel))
        return false;
    if (!m_agent.isEmpty()) {
        const QString assigned = index.data(Roles::AssignedAgentRole).toString();
        if (m_agent == unassigned() ? !assigned.isEmpty() : assigned != m_agent)
            return false;
    }
    if (!m_skill.isEmpty() && index.data(Roles::SkillRole).toString() != m_skill)
        return false;
    if (m_minimumWait > 0) {
        const QDateTime since = index.data(Roles::WaitingSinceRole).toDateTime();
        if (!since.isValid() || since.secsTo(now()) < m_minimumWait)
            return false;
    }
    if (m_authentication != Authentication::Any) {
        const bool verified = !index.data(Roles::VerifiedNameRole).toString().isEmpty();
        const QDateTime until = index.data(Roles::VerifiedUntilRole).toDateTime();
        const bool expired = verified && until.isValid() && until <= now();
        switch (m_authentication) {
        case Authentication::Yes:
            return verified && !expired;
        case Authentication::No:
            return !verified;
        case Authentication::Expired:
            return expired;
        case Authentication::Any:
            break;
        }
    }
    return true;
}

} // namespace Signet
