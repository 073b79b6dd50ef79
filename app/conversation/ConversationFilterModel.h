#pragma once

#include "protocol/Values.h"

#include <QDateTime>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>

namespace Signet {

// The supervisor's live view over a ConversationListModel: only the conversations that match
// every filter set (channel, agent, skill, how long the customer has waited, whether the customer
// is authenticated). Filters that depend on the clock (waiting time, expired sign-ins) are
// re-evaluated by refreshTime(), which the window calls on its one-second tick.
class ConversationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Authentication { Any, Yes, No, Expired };
    Q_ENUM(Authentication)
    // How long a customer has waited for an answer, against the team's targets.
    enum class Escalation { None, Warning, Urgent };
    Q_ENUM(Escalation)
    struct EscalationPolicy
    {
        int warningAfterSeconds = 60;
        int urgentAfterSeconds = 120;
        Escalation at(const QDateTime &waitingSince, const QDateTime &now) const;
    };

    // setAgent's value for "waiting for an agent" (no one assigned).
    static QString unassigned()
    {
        return QStringLiteral("\x1f"
                              "unassigned");
    }

    explicit ConversationFilterModel(QObject *parent = nullptr);

    void setChannel(std::optional<Protocol::ChannelType> channel);
    void setAgent(const QString &userId); // empty: any agent
    void setSkill(const QString &skill);  // empty: any skill
    void setMinimumWait(int seconds);     // 0: any
    void setAuthentication(Authentication authentication);
    // For tests: the clock the time filters use (the system clock by default).
    void setClock(std::function<QDateTime()> now);

    void setEscalationPolicy(EscalationPolicy policy) { m_policy = policy; }
    EscalationPolicy escalationPolicy() const { return m_policy; }
    Escalation escalation(const QModelIndex &index) const;

    bool isFiltering() const;
    // Re-applies the filters that depend on the time.
    void refreshTime();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The order the list is worked in: offers first; then open conversations whose customer waits
    // for an answer, the longest waiting first; then the other open ones, the most recently active
    // first; closed ones last. Waiting times are timestamps, so the order does not move with the
    // clock, only when something happens.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QDateTime now() const;
    void changed();

    std::optional<Protocol::ChannelType> m_channel;
    QString m_agent;
    QString m_skill;
    int m_minimumWait = 0;
    Authentication m_authentication = Authentication::Any;
    std::function<QDateTime()> m_now;
    EscalationPolicy m_policy;
};

} // namespace Signet
