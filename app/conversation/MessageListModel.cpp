#include "conversation/MessageListModel.h"

#include "auth/AppleAuthRequest.h"
#include "auth/VerifiedIdentity.h"

#include <algorithm>

namespace Signet {

using namespace Qt::StringLiterals;
using Protocol::Event;
using Protocol::ParticipantRole;

MessageListModel::MessageListModel(QString conversationId, QObject *parent)
    : QAbstractListModel(parent)
    , m_conversationId(std::move(conversationId))
{}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case SequenceRole:
        return m.sequence;
    case TimestampRole:
        return m.timestamp;
    case FromCustomerRole:
        return m.fromCustomer();
    case OriginatorRole:
        return m.originatorId;
    case DeliveryRole:
        return static_cast<int>(m.delivery);
    case LocalIdRole:
        return m.localId;
    case ErrorRole:
        return m.error;
    case AuthRequestIdRole:
        return m.authRequestId;
    case AnswersRequestRole:
        return m.answersRequestId;
    case AgentsOnlyRole:
        return m.agentsOnly;
    case SenderRole:
        return static_cast<int>(m.role);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{SequenceRole, "sequence"},
                  {TextRole, "text"},
                  {TimestampRole, "timestamp"},
                  {FromCustomerRole, "fromCustomer"},
                  {OriginatorRole, "originator"},
                  {DeliveryRole, "delivery"},
                  {LocalIdRole, "localId"},
                  {ErrorRole, "error"},
                  {AuthRequestIdRole, "authRequestId"},
                  {AnswersRequestRole, "answersRequest"},
                  {AgentsOnlyRole, "agentsOnly"},
                  {SenderRole, "senderRole"}});
    return names;
}

QList<qint64> MessageListModel::sequences() const
{
    QList<qint64> out;
    for (const Message &m : m_messages) {
        if (m.sequence >= 0)
            out.append(m.sequence);
    }
    return out;
}

int MessageListModel::unreadFromCustomer() const
{
    return static_cast<int>(unreadCustomerSequences().size());
}

QList<qint64> MessageListModel::unreadCustomerSequences() const
{
    // Confirmed rows are sorted by sequence (pending and failed ones have none): walking back from
    // the end, the unread ones come first and the first read one ends them. A transcript of
    // 100,000 messages is not walked whole for each new one.
    QList<qint64> out;
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->sequence < 0)
            continue;
        if (it->sequence <= m_readUpTo)
            break;
        if (it->fromCustomer())
            out.prepend(it->sequence);
    }
    return out;
}

void MessageListModel::markCustomerMessagesRead()
{
    // From the rows themselves: this runs from rowsInserted, before the sequence bookkeeping. The
    // last confirmed row has the highest sequence.
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->sequence >= 0) {
            m_readUpTo = std::max(m_readUpTo, it->sequence);
            return;
        }
    }
}

int MessageListModel::insertionRow(qint64 sequence, int skipRow) const
{
    // Confirmed messages are sorted by sequence. Pending ones (not yet answered) stay at the end;
    // a failed one stays where it was typed, right after the confirmed message before it.
    auto confirmedBefore = [this, skipRow](int row) {
        for (int k = row - 1; k >= 0; --k) {
            if (k != skipRow && m_messages.at(k).sequence >= 0)
                return m_messages.at(k).sequence;
        }
        return qint64(-1);
    };
    int row = static_cast<int>(m_messages.size());
    while (row > 0) {
        if (row - 1 == skipRow) {
            --row;
            continue;
        }
        const Message &before = m_messages.at(row - 1);
        if (before.sequence >= 0) {
            if (before.sequence < sequence)
                break;
        } else if (before.delivery == Delivery::Failed && confirmedBefore(row - 1) < sequence) {
            break;
        }
        --row;
    }
    return row;
}

int MessageListModel::rowOfSequence(qint64 sequence) const
{
    // Confirmed rows are sorted by sequence: walking back from the end, a smaller sequence means
    // it is not there. A new event at the end is found absent at once, not after the whole
    // transcript (catching up 100,000 messages was quadratic).
    for (int row = static_cast<int>(m_messages.size()) - 1; row >= 0; --row) {
        const qint64 here = m_messages.at(row).sequence;
        if (here == sequence)
            return row;
        if (here >= 0 && here < sequence)
            return -1;
    }
    return -1;
}

int MessageListModel::rowOfLocalId(const QString &localId) const
{
    for (int row = static_cast<int>(m_messages.size()) - 1; row >= 0; --row) {
        if (m_messages.at(row).localId == localId)
            return row;
    }
    return -1;
}

void MessageListModel::noteSequence(qint64 sequence)
{
    m_highest = std::max(m_highest, sequence);
    if (sequence == m_contiguous + 1) {
        m_contiguous = sequence;
        // Advance over events already held past the former gap.
        for (bool advanced = true; advanced;) {
            advanced = rowOfSequence(m_contiguous + 1) >= 0 ||
                       m_seenNonMessageSequences.contains(m_contiguous + 1);
            if (advanced)
                ++m_contiguous;
        }
    }
}

bool MessageListModel::apply(const Protocol::MessagingEvent &event)
{
    if (event.sequence < 0)
        return false;
    if (event.sequence <= m_contiguous || rowOfSequence(event.sequence) >= 0 ||
        m_seenNonMessageSequences.contains(event.sequence))
        return false;

    const Event &e = event.event;
    if (e.type == Event::Type::AcceptStatus || e.type == Event::Type::ChatState) {
        m_seenNonMessageSequences.append(event.sequence);
        noteSequence(event.sequence);
        // Trim bookkeeping that the contiguous mark already covers.
        m_seenNonMessageSequences.erase(
            std::remove_if(m_seenNonMessageSequences.begin(), m_seenNonMessageSequences.end(),
                           [this](qint64 s) { return s <= m_contiguous; }),
            m_seenNonMessageSequences.end());
        if (e.type == Event::Type::AcceptStatus &&
            event.originatorRole == ParticipantRole::Consumer) {
            const Delivery state = e.status == "READ"_L1 ? Delivery::Read : Delivery::Delivered;
            for (qint64 s : e.sequenceList) {
                const int row = rowOfSequence(s);
                if (row < 0 || m_messages.at(row).fromCustomer())
                    continue;
                Message &m = m_messages[row];
                if (static_cast<int>(m.delivery) < static_cast<int>(state)) {
                    m.delivery = state;
                    changed(row, {DeliveryRole});
                }
            }
        }
        return true;
    }

    // A message this desk sent, echoed before the PublishEvent response arrived: match it to the
    // oldest pending message with the same text instead of showing it twice.
    if (event.originatorRole != ParticipantRole::Consumer) {
        // Pending rows all follow the last confirmed one: only that tail is searched.
        int tail = static_cast<int>(m_messages.size());
        while (tail > 0 && m_messages.at(tail - 1).sequence < 0)
            --tail;
        for (int row = tail; row < m_messages.size(); ++row) {
            const Message &m = m_messages.at(row);
            if (m.delivery == Delivery::Pending && m.originatorId == event.originatorId &&
                m.text == e.message && m.agentsOnly == e.agentsOnly) {
                m_messages[row].role = event.originatorRole;
                m_messages[row].timestamp = QDateTime::fromMSecsSinceEpoch(event.serverTimestamp);
                placeConfirmed(row, event.sequence);
                return true;
            }
        }
    }

    Message m;
    m.sequence = event.sequence;
    m.originatorId = event.originatorId;
    m.role = event.originatorRole;
    m.timestamp = QDateTime::fromMSecsSinceEpoch(event.serverTimestamp);
    m.text = e.type == Event::Type::Content ? e.message : tr("[Rich content]");
    m.agentsOnly = e.agentsOnly;
    if (e.type == Event::Type::RichContent) {
        if (auto request = Auth::AppleAuthRequest::parse(event.metadata);
            request && request->ok()) {
            m.authRequestId = request->value().requestIdentifier;
            m.text = request->value().draft.received.title;
        }
    }
    if (event.originatorRole == ParticipantRole::Consumer) {
        if (const auto answer = Auth::AuthResponse::find(event.metadata))
            m.answersRequestId = answer->requestIdentifier;
    }
    m.delivery = Delivery::Sent;
    const int row = insertionRow(event.sequence, -1);
    beginInsertRows(QModelIndex(), row, row);
    m_messages.insert(row, std::move(m));
    endInsertRows();
    const bool isNew = event.sequence > m_highest;
    noteSequence(event.sequence);
    if (isNew && event.originatorRole == ParticipantRole::Consumer)
        emit customerMessageArrived(e.message);
    else if (isNew && e.agentsOnly)
        emit privateNoteArrived(event.originatorId, e.message);
    return true;
}

void MessageListModel::addPending(const QString &localId, const QString &originatorId,
                                  const QString &text, const QDateTime &when, bool agentsOnly,
                                  Protocol::ParticipantRole role)
{
    Message m;
    m.localId = localId;
    m.originatorId = originatorId;
    m.role = role;
    m.agentsOnly = agentsOnly;
    m.timestamp = when;
    m.text = text;
    m.delivery = Delivery::Pending;
    const int row = static_cast<int>(m_messages.size());
    beginInsertRows(QModelIndex(), row, row);
    m_messages.append(std::move(m));
    endInsertRows();
}

void MessageListModel::confirmPending(const QString &localId, qint64 sequence)
{
    const int row = rowOfLocalId(localId);
    if (row < 0)
        return;
    if (m_messages.at(row).sequence == sequence)
        return; // the echo arrived first and already placed it
    if (rowOfSequence(sequence) >= 0) {
        // The echo was applied as its own row; drop the pending copy.
        beginRemoveRows(QModelIndex(), row, row);
        m_messages.removeAt(row);
        endRemoveRows();
        return;
    }
    placeConfirmed(row, sequence);
}

void MessageListModel::placeConfirmed(int row, qint64 sequence)
{
    m_messages[row].sequence = sequence;
    m_messages[row].delivery = Delivery::Sent;
    m_messages[row].error.clear();
    // Move it to its place by sequence (the row is skipped while looking for the place).
    int target = insertionRow(sequence, row);
    if (target != row && target != row + 1) {
        beginMoveRows(QModelIndex(), row, row, QModelIndex(), target);
        m_messages.move(row, target > row ? target - 1 : target);
        endMoveRows();
        if (target > row)
            --target;
    } else {
        target = row;
    }
    changed(target, {SequenceRole, DeliveryRole, ErrorRole, TimestampRole});
    noteSequence(sequence);
}

void MessageListModel::failPending(const QString &localId, const QString &error)
{
    const int row = rowOfLocalId(localId);
    if (row < 0 || m_messages.at(row).sequence >= 0)
        return;
    m_messages[row].delivery = Delivery::Failed;
    m_messages[row].error = error;
    changed(row, {DeliveryRole, ErrorRole});
}

void MessageListModel::changed(int row, const QList<int> &roles)
{
    const QModelIndex idx = index(row);
    emit dataChanged(idx, idx, roles);
}

} // namespace Signet
