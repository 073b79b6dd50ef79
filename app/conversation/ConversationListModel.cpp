#include "conversation/ConversationListModel.h"

namespace Signet {

using namespace Qt::StringLiterals;
using Protocol::ChannelType;

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole:
        return item.customerName.isEmpty() ? tr("Customer") : item.customerName;
    case Qt::ToolTipRole:
        return item.signIn.supported
                   ? tr("%1 — can be asked to sign in").arg(deviceText(item.details.context))
                   : item.signIn.reason;
    case IdRole:
        return item.details.convId;
    case ChannelRole:
        return static_cast<int>(item.details.context.channel);
    case PreviewRole:
        return item.preview;
    case LastActivityRole:
        return item.lastActivity;
    case WaitingSinceRole:
        return item.waitingSince;
    case UnreadRole:
        return item.unread;
    case CustomerTypingRole:
        return item.customerTyping;
    case DispositionRole:
        return item.details.dispositionCode;
    case SignInSupportedRole:
        return item.signIn.supported;
    case SignInReasonRole:
        return item.signIn.reason;
    case StateRole:
        return static_cast<int>(item.details.state);
    case AssignedAgentRole:
        return item.details.assignedAgentId();
    case RingingRole:
        return item.ringing;
    case DeviceRole:
        return deviceText(item.details.context);
    case VerifiedNameRole:
        return item.verifiedName;
    case VerifiedUntilRole:
        return item.verifiedUntil;
    case RecordedIdentityRole:
        return Protocol::isCheckedIdentity(item.details.verifiedIdentity)
                   ? item.details.verifiedIdentity
                   : QJsonObject();
    case SkillRole:
        return item.details.skill;
    case AssignedAgentNameRole: {
        const QString agent = item.details.assignedAgentId();
        return agent.isEmpty() ? QString() : agentName(agent);
    }
    case ManagersRole:
        return item.details.managerIds();
    case ManagerNamesRole: {
        QStringList names;
        const QStringList managers = item.details.managerIds();
        for (const QString &id : managers)
            names << agentName(id);
        return names;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "conversationId"},
                  {CustomerNameRole, "customerName"},
                  {ChannelRole, "channel"},
                  {PreviewRole, "preview"},
                  {LastActivityRole, "lastActivity"},
                  {WaitingSinceRole, "waitingSince"},
                  {UnreadRole, "unread"},
                  {CustomerTypingRole, "customerTyping"},
                  {DispositionRole, "disposition"},
                  {RecordedIdentityRole, "recordedIdentity"},
                  {SignInSupportedRole, "signInSupported"},
                  {SignInReasonRole, "signInReason"},
                  {StateRole, "state"},
                  {AssignedAgentRole, "assignedAgent"},
                  {RingingRole, "ringing"},
                  {DeviceRole, "device"},
                  {VerifiedNameRole, "verifiedName"},
                  {VerifiedUntilRole, "verifiedUntil"},
                  {SkillRole, "skill"},
                  {AssignedAgentNameRole, "assignedAgentName"},
                  {ManagersRole, "managers"},
                  {ManagerNamesRole, "managerNames"}});
    return names;
}

int ConversationListModel::rowOf(const QString &convId) const
{
    return m_rows.value(convId, -1);
}

const ConversationListModel::Item *ConversationListModel::item(const QString &convId) const
{
    const int row = rowOf(convId);
    return row < 0 ? nullptr : &m_items.at(row);
}

QStringList ConversationListModel::conversationIds() const
{
    QStringList ids;
    for (const Item &item : m_items)
        ids.append(item.details.convId);
    return ids;
}

bool ConversationListModel::upsert(const Protocol::ConversationDetails &details)
{
    const int row = rowOf(details.convId);
    if (row >= 0) {
        Item &item = m_items[row];
        item.details = details;
        item.signIn = Auth::SignInCapabilities::evaluate(details.context);
        if (details.state == Protocol::ConversationState::Closed)
            item.waitingSince = {};
        if (!details.assignedAgentId().isEmpty())
            item.ringing = false;
        applyRecordedIdentity(item);
        changed(row, {});
        return false;
    }
    Item item;
    item.details = details;
    item.signIn = Auth::SignInCapabilities::evaluate(details.context);
    item.lastActivity = QDateTime::fromMSecsSinceEpoch(details.startTs);
    applyRecordedIdentity(item);
    const int newRow = static_cast<int>(m_items.size());
    beginInsertRows(QModelIndex(), newRow, newRow);
    m_rows.insert(details.convId, newRow);
    m_items.append(std::move(item));
    endInsertRows();
    return true;
}

void ConversationListModel::remove(const QString &convId)
{
    const int row = rowOf(convId);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_items.removeAt(row);
    m_rows.remove(convId);
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it.value() > row)
            --it.value();
    }
    endRemoveRows();
}

void ConversationListModel::setCustomerName(const QString &convId, const QString &name)
{
    const int row = rowOf(convId);
    if (row < 0 || m_items.at(row).customerName == name)
        return;
    m_items[row].customerName = name;
    changed(row, {Qt::DisplayRole, CustomerNameRole});
}

void ConversationListModel::setLastMessage(const QString &convId, const QString &text,
                                           const QDateTime &when, bool fromCustomer)
{
    const int row = rowOf(convId);
    if (row < 0)
        return;
    Item &item = m_items[row];
    // Catch-up can deliver older events after newer ones; the preview shows the newest.
    if (item.lastActivity.isValid() && when < item.lastActivity && !item.preview.isEmpty())
        return;
    item.preview = text;
    item.lastActivity = when;
    if (fromCustomer) {
        if (!item.waitingSince.isValid())
            item.waitingSince = when;
    } else {
        item.waitingSince = {};
    }
    changed(row, {PreviewRole, LastActivityRole, WaitingSinceRole});
}

void ConversationListModel::setCustomerTyping(const QString &convId, bool typing)
{
    const int row = rowOf(convId);
    if (row < 0 || m_items.at(row).customerTyping == typing)
        return;
    m_items[row].customerTyping = typing;
    changed(row, {CustomerTypingRole});
}

void ConversationListModel::setUnread(const QString &convId, int unread)
{
    const int row = rowOf(convId);
    if (row < 0 || m_items.at(row).unread == unread)
        return;
    m_items[row].unread = unread;
    changed(row, {UnreadRole});
}

void ConversationListModel::setRing(const QString &convId, const QString &ringId)
{
    const int row = rowOf(convId);
    if (row < 0)
        return;
    Item &item = m_items[row];
    const bool ringing = !ringId.isEmpty();
    if (item.ringing == ringing && item.ringId == ringId)
        return;
    item.ringing = ringing;
    item.ringId = ringId;
    changed(row, {RingingRole});
}

void ConversationListModel::applyRecordedIdentity(Item &item)
{
    // What the hub recorded (reported by whichever desk verified the customer).
    const QJsonObject &identity = item.details.verifiedIdentity;
    // An identity only an agent vouched for is no sign-in here (the review shows it as such).
    if (identity.isEmpty() || !Protocol::isCheckedIdentity(identity))
        return;
    const QString name = identity.value("name"_L1).toString();
    item.verifiedName = name.isEmpty() ? identity.value("subject"_L1).toString() : name;
    const qint64 expires = identity.value("expiresAt"_L1).toInteger();
    item.verifiedUntil = expires > 0 ? QDateTime::fromMSecsSinceEpoch(expires) : QDateTime();
}

void ConversationListModel::setVerified(const QString &convId, const QString &name,
                                        const QDateTime &until)
{
    const int row = rowOf(convId);
    if (row < 0 || (m_items.at(row).verifiedName == name && m_items.at(row).verifiedUntil == until))
        return;
    m_items[row].verifiedName = name;
    m_items[row].verifiedUntil = until;
    changed(row, {VerifiedNameRole, VerifiedUntilRole});
}

void ConversationListModel::setAgentName(const QString &userId, const QString &name)
{
    if (userId.isEmpty() || m_agentNames.value(userId) == name)
        return;
    m_agentNames.insert(userId, name);
    for (int row = 0; row < m_items.size(); ++row) {
        const Protocol::ConversationDetails &d = m_items.at(row).details;
        if (d.assignedAgentId() == userId || d.managerIds().contains(userId))
            changed(row, {AssignedAgentNameRole, ManagerNamesRole});
    }
}

QString ConversationListModel::agentName(const QString &userId) const
{
    return m_agentNames.value(userId, userId);
}

QString ConversationListModel::deviceText(const Protocol::ConversationContext &context)
{
    const Protocol::ClientProperties &c = context.clientProperties;
    QString device = c.deviceFamily == "MOBILE"_L1 && c.os == "iOS"_L1 ? tr("iPhone")
                     : c.deviceFamily == "TABLET"_L1                   ? tr("iPad")
                     : c.deviceFamily == "DESKTOP"_L1                  ? tr("Computer")
                                                                       : tr("Device");
    if (!c.os.isEmpty())
        device += u" · "_s + c.os + (c.osVersion.isEmpty() ? QString() : u' ' + c.osVersion);
    return device;
}

void ConversationListModel::changed(int row, const QList<int> &roles)
{
    const QModelIndex idx = index(row);
    emit dataChanged(idx, idx, roles);
}

} // namespace Signet
