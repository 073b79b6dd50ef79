#pragma once

#include "auth/SignInCapability.h"
#include "protocol/Values.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>

namespace Signet {

// One row per conversation the agent can see. Updates are row-level: a notification changes
// one row (dataChanged) or inserts/removes one, never a reset.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        CustomerNameRole,
        ChannelRole,      // Protocol::ChannelType as int
        PreviewRole,      // last message text
        LastActivityRole, // QDateTime of the last message
        WaitingSinceRole, // QDateTime since when the customer waits for an answer (invalid if not)
        UnreadRole,       // int
        SignInSupportedRole,   // bool
        SignInReasonRole,      // why sign-in is not possible
        StateRole,             // Protocol::ConversationState as int
        AssignedAgentRole,     // user id of the assigned agent (empty if waiting)
        RingingRole,           // bool: offered to this agent
        DeviceRole,            // "iPhone · iOS 17.4"
        VerifiedNameRole,      // who the customer proved to be (empty: not verified)
        VerifiedUntilRole,     // QDateTime when that sign-in expires (invalid: unknown)
        SkillRole,             // the skill the customer came in on
        AssignedAgentNameRole, // the assigned agent's display name (empty if waiting)
        ManagersRole,          // QStringList: user ids of supervisors who joined as manager
        ManagerNamesRole,      // QStringList: their display names
        CustomerTypingRole,    // bool: the customer is typing now
        DispositionRole,       // the closing agent's disposition code (empty: none)
        RecordedIdentityRole,  // QJsonObject: the identity the hub checked (empty: none)
    };
    Q_ENUM(Roles)

    struct Item
    {
        Protocol::ConversationDetails details;
        QString customerName;
        QString preview;
        QDateTime lastActivity;
        QDateTime waitingSince;
        int unread = 0;
        bool ringing = false;
        QString ringId;
        Auth::SignInCapability signIn;
        QString verifiedName;
        QDateTime verifiedUntil;
        bool customerTyping = false;
    };

    explicit ConversationListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &convId) const;
    const Item *item(const QString &convId) const;
    const Item &itemAt(int row) const { return m_items.at(row); }
    QStringList conversationIds() const;

    // Returns true when the conversation is new to the model.
    bool upsert(const Protocol::ConversationDetails &details);
    void remove(const QString &convId);
    void setCustomerName(const QString &convId, const QString &name);
    void setLastMessage(const QString &convId, const QString &text, const QDateTime &when,
                        bool fromCustomer);
    void setUnread(const QString &convId, int unread);
    void setRing(const QString &convId, const QString &ringId); // empty ringId: no longer ringing
    void setVerified(const QString &convId, const QString &name, const QDateTime &until);
    void setCustomerTyping(const QString &convId, bool typing);
    // Display names of agents and supervisors (user id → name), for every row they appear in.
    void setAgentName(const QString &userId, const QString &name);
    QString agentName(const QString &userId) const;

    static QString deviceText(const Protocol::ConversationContext &context);

private:
    void changed(int row, const QList<int> &roles);
    static void applyRecordedIdentity(Item &item);

    QList<Item> m_items;
    // Each conversation's row: every update finds its row by id, and a desk holds thousands.
    QHash<QString, int> m_rows;
    QHash<QString, QString> m_agentNames;
};

} // namespace Signet
