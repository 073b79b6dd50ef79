#pragma once

#include "protocol/Values.h"

#include <QAbstractListModel>

namespace Signet {

// A verified customer's earlier conversations on every channel, newest first, as the hub gave
// them (.signet.history.Conversations), without the live conversation itself.
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        ChannelRole,      // Protocol::ChannelType as int
        ChannelNameRole,  // "Apple Messages", "Web chat"
        StartedRole,      // QDateTime
        EndedRole,        // QDateTime (invalid while open)
        AgentNameRole,    // who handled it (empty: nobody)
        VerifiedRole,     // bool: the customer proved this identity there
        MessageCountRole, // int
        LastTextRole,     // the last message
    };
    Q_ENUM(Roles)

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows; the live conversation (excluding) is left out.
    void setHistory(const QList<Protocol::HistoryEntry> &entries, const QString &excluding);
    void clear();
    const Protocol::HistoryEntry *entry(const QString &convId) const;

    static QString channelText(Protocol::ChannelType channel);

private:
    QList<Protocol::HistoryEntry> m_entries;
};

} // namespace Signet
