#pragma once

#include "chat/BubbleLayout.h"

#include <QHash>
#include <QStyledItemDelegate>

#include <functional>

namespace Signet::Auth {
class AuthTracker;
}

namespace Signet::Ui {

// Paints transcript rows as chat bubbles. Layout comes from layoutBubble(); sizeHint() reads a
// cache keyed by (message identity, width) that the view clears when rows are inserted, moved or
// removed.
class BubbleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit BubbleDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    MessageView viewOf(const QModelIndex &index) const;
    // Private notes are amber over the palette's base (readable in light and dark): their bubbles
    // at full strength, the composer writing one a little lighter.
    static QColor noteColor(const QColor &base, float amberShare = 0.25f);
    // Sign-in request cards show their live state from here.
    void setAuthTracker(const Auth::AuthTracker *tracker) { m_tracker = tracker; }
    void clearCache() { m_sizeCache.clear(); }
    // Names for the user ids of supervisors and note writers (the id itself without one).
    void setNameLookup(std::function<QString(const QString &)> lookup)
    {
        m_names = std::move(lookup);
    }
    // How a sign-in request this desk's tracker does not know ended (by request id; empty when
    // nobody knows): another desk's, or one in a transcript under review.
    void setOutcomeLookup(std::function<QString(const QString &)> lookup)
    {
        m_outcomes = std::move(lookup);
    }

private:
    BubbleLayout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static QFont fontFor(const QStyleOptionViewItem &option, const QModelIndex &index);

    mutable QHash<QString, QSize> m_sizeCache;
    const Auth::AuthTracker *m_tracker = nullptr;
    std::function<QString(const QString &)> m_names;
    std::function<QString(const QString &)> m_outcomes;
};

} // namespace Signet::Ui
