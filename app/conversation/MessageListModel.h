#pragma once

#include "protocol/Values.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace Signet {

// The transcript of one conversation, ordered by the hub's sequence. Events that arrive twice
// (live and again through catch-up) are recognised by their sequence and dropped; messages the
// agent sends appear at once as Pending and take their place when the hub assigns a sequence.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Delivery { Pending, Sent, Delivered, Read, Failed };
    Q_ENUM(Delivery)

    enum Roles {
        SequenceRole = Qt::UserRole + 1,
        TextRole,
        TimestampRole,      // QDateTime
        FromCustomerRole,   // bool
        OriginatorRole,     // participant id
        DeliveryRole,       // Delivery as int (agent messages)
        LocalIdRole,        // id of a message sent from this desk
        ErrorRole,          // why a send failed
        AuthRequestIdRole,  // set on a sign-in request card
        AgentsOnlyRole,     // bool: a private note between agents and supervisors
        SenderRole,         // Protocol::ParticipantRole as int (MANAGER: a supervisor wrote it)
        AnswersRequestRole, // the sign-in request a customer's message answers (its reply bubble)
    };
    Q_ENUM(Roles)

    struct Message
    {
        qint64 sequence = -1; // -1 while pending
        QString localId;
        QString originatorId;
        Protocol::ParticipantRole role = Protocol::ParticipantRole::Unknown;
        QDateTime timestamp;
        QString text;
        Delivery delivery = Delivery::Sent;
        QString error;
        QString authRequestId;    // a sign-in request (RichContentEvent with a
                                  // ConnectorAuthenticationRequest)
        bool agentsOnly = false;  // a private note: the customer never sees it
        QString answersRequestId; // the customer's answer to a sign-in request (its reply bubble)
        bool fromCustomer() const { return role == Protocol::ParticipantRole::Consumer; }
    };

    explicit MessageListModel(QString conversationId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString conversationId() const { return m_conversationId; }
    const Message &messageAt(int row) const { return m_messages.at(row); }
    // Highest sequence up to which every event of the dialog has been applied: the point to resume
    // from. Live events past a gap do not move it; catch-up fills the gap.
    qint64 contiguousSequence() const { return m_contiguous; }
    qint64 highestSequence() const { return m_highest; }
    QList<qint64> sequences() const;
    int unreadFromCustomer() const;
    QList<qint64> unreadCustomerSequences() const;
    void markCustomerMessagesRead();

    // Applies a hub event. Returns false when the event was already applied (a duplicate).
    bool apply(const Protocol::MessagingEvent &event);
    // A message typed on this desk, shown before the hub confirms it.
    void addPending(const QString &localId, const QString &originatorId, const QString &text,
                    const QDateTime &when, bool agentsOnly = false,
                    Protocol::ParticipantRole role = Protocol::ParticipantRole::AssignedAgent);
    void confirmPending(const QString &localId, qint64 sequence);
    void failPending(const QString &localId, const QString &error);
    int rowOfLocalId(const QString &localId) const; // -1: no such pending (or confirmed) row

signals:
    // The customer sent something new (not on catch-up of already seen events).
    void customerMessageArrived(const QString &text);
    // Someone else wrote a private note (not on catch-up of already seen events).
    void privateNoteArrived(const QString &originatorId, const QString &text);

private:
    int insertionRow(qint64 sequence, int skipRow) const;
    int rowOfSequence(qint64 sequence) const;
    void noteSequence(qint64 sequence);
    void placeConfirmed(int row, qint64 sequence);
    void changed(int row, const QList<int> &roles);

    QString m_conversationId;
    QList<Message> m_messages;
    QList<qint64> m_seenNonMessageSequences; // status and typing events: applied, not shown
    qint64 m_contiguous = -1;
    qint64 m_highest = -1;
    qint64 m_readUpTo = -1;
};

} // namespace Signet
