#pragma once

#include "conversation/ConversationFilterModel.h"

#include <QStyledItemDelegate>

namespace Signet::Ui {

// One conversation in the list: channel icon, customer name, last message, waiting time, unread
// count and whether the customer can be asked to sign in.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "now", "4 min", "1 h 5 min": how long the customer has waited for an answer.
    static QString waitingText(const QDateTime &since, const QDateTime &now);
    // Waiting past the team's targets: the waiting time turns amber, then red and bold, with a
    // stripe of the same colour at the row's edge.
    using Escalation = ConversationFilterModel::Escalation;
    void setEscalationPolicy(ConversationFilterModel::EscalationPolicy policy)
    {
        m_policy = policy;
    }
    // The colour for a level, readable on the palette's base (light or dark); invalid for None.
    static QColor escalationColor(Escalation level, const QPalette &palette);

    // The supervisor's live view: each row says who handles it (and who joined as manager).
    void setShowAgents(bool show) { m_showAgents = show; }
    // "Ana", "Ana + Sam", "Waiting for an agent": what the supervisor's rows say about agents.
    static QString agentsText(const QModelIndex &index);

private:
    bool m_showAgents = false;
    ConversationFilterModel::EscalationPolicy m_policy;
};

} // namespace Signet::Ui
