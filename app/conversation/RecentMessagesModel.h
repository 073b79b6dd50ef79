#pragma once

#include <QSortFilterProxyModel>

namespace Signet {

// The newest messages of a transcript, and earlier ones a page at a time on request: what the
// transcript view shows. A view lays out every row it is given to know its height, which took
// seconds for a conversation of 100,000 messages (docs/benchmarks.md); chat applications show the
// latest page and load earlier ones as the reader scrolls up, and so does the desk.
//
// The window starts at one source row and runs to the end: rows appended later join it, rows
// inserted above its start (a late event older than everything shown) stay above it.
class RecentMessagesModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr int kDefaultPageSize = 1000;

    explicit RecentMessagesModel(QObject *parent = nullptr);

    // Shows the last pageSize() rows of source (all of them when there are fewer).
    void setSourceModel(QAbstractItemModel *source) override;
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    int pageSize() const { return m_pageSize; }
    // Source rows above the window.
    int hiddenEarlier() const { return m_firstRow; }
    // Shows up to pageSize() more of the earlier rows; how many it added.
    int showEarlier();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_pageSize = kDefaultPageSize;
    int m_firstRow = 0;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Signet
