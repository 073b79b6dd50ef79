#pragma once

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
    // Waiting longer than this is shown as urgent.
    static constexpr int kUrgentAfterSeconds = 120;

    // The supervisor's live view: each row says who handles it (and who joined as manager).
    void setShowAgents(bool show) { m_showAgents = show; }
    // "Ana", "Ana + Sam", "Waiting for an agent": what the supervisor's rows say about agents.
    static QString agentsText(const QModelIndex &index);

private:
    bool m_showAgents = false;
};

} // namespace Signet::Ui
