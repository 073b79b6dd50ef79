#pragma once

#include "chat/BubbleLayout.h"

#include <QHash>
#include <QStyledItemDelegate>

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

    static MessageView viewOf(const QModelIndex &index);
    void clearCache() { m_sizeCache.clear(); }

private:
    BubbleLayout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    mutable QHash<QString, QSize> m_sizeCache;
};

} // namespace Signet::Ui
