#include "conversation/HistoryModel.h"

#include <QDateTime>

namespace Signet {

using namespace Protocol;

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QString HistoryModel::channelText(ChannelType channel)
{
    switch (channel) {
    case ChannelType::AppleMessages:
        return tr("Apple Messages");
    case ChannelType::WebChat:
        return tr("Web chat");
    case ChannelType::Unknown:
        break;
    }
    return tr("Other channel");
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ChannelNameRole:
        return channelText(e.channel);
    case Qt::ToolTipRole:
        return e.lastText;
    case IdRole:
        return e.conversationId;
    case ChannelRole:
        return static_cast<int>(e.channel);
    case StartedRole:
        return QDateTime::fromMSecsSinceEpoch(e.startTs, Qt::UTC);
    case EndedRole:
        return e.endTs > 0 ? QDateTime::fromMSecsSinceEpoch(e.endTs, Qt::UTC) : QDateTime();
    case AgentNameRole:
        return e.agentName;
    case VerifiedRole:
        return e.verified;
    case MessageCountRole:
        return e.messageCount;
    case LastTextRole:
        return e.lastText;
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "conversationId"},
                  {ChannelRole, "channel"},
                  {ChannelNameRole, "channelName"},
                  {StartedRole, "started"},
                  {EndedRole, "ended"},
                  {AgentNameRole, "agentName"},
                  {VerifiedRole, "verified"},
                  {MessageCountRole, "messageCount"},
                  {LastTextRole, "lastText"}});
    return names;
}

void HistoryModel::setHistory(const QList<HistoryEntry> &entries, const QString &excluding)
{
    beginResetModel();
    m_entries.clear();
    for (const HistoryEntry &e : entries) {
        if (e.conversationId != excluding)
            m_entries.append(e);
    }
    // Newest first, whatever order the hub used.
    std::stable_sort(
        m_entries.begin(), m_entries.end(),
        [](const HistoryEntry &a, const HistoryEntry &b) { return a.startTs > b.startTs; });
    endResetModel();
}

void HistoryModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

const HistoryEntry *HistoryModel::entry(const QString &convId) const
{
    for (const HistoryEntry &e : m_entries) {
        if (e.conversationId == convId)
            return &e;
    }
    return nullptr;
}

} // namespace Signet
