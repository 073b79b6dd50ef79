#include "conversation/RecentMessagesModel.h"

namespace Signet {

RecentMessagesModel::RecentMessagesModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void RecentMessagesModel::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_firstRow = source ? std::max(0, source->rowCount() - m_pageSize) : 0;
    QSortFilterProxyModel::setSourceModel(source);
    if (!source)
        return;
    // The proxy filters rows when they are inserted; before that, the window's start moves with
    // the message it starts at when rows come or go above it.
    m_connections << connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                             [this](const QModelIndex &, int first, int last) {
                                 if (m_firstRow > 0 && first <= m_firstRow)
                                     m_firstRow += last - first + 1;
                             });
    m_connections << connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                             [this](const QModelIndex &, int first, int last) {
                                 m_firstRow -= std::max(0, std::min(last + 1, m_firstRow) - first);
                             });
    // After the proxy's own reset (connected first): a new window on the new rows.
    m_connections << connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_firstRow = std::max(0, sourceModel()->rowCount() - m_pageSize);
        invalidateFilter();
    });
}

int RecentMessagesModel::showEarlier()
{
    const int added = std::min(m_firstRow, m_pageSize);
    if (added == 0)
        return 0;
    m_firstRow -= added;
    invalidateFilter();
    return added;
}

bool RecentMessagesModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return sourceRow >= m_firstRow;
}

} // namespace Signet
