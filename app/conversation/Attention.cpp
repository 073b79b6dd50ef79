#include "conversation/Attention.h"

#include "conversation/ConversationListModel.h"
#include "conversation/DeskSession.h"

#include <QTimer>

namespace Signet {

namespace {
QString shortened(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.size() <= Attention::kBodyLength)
        return simple;
    return simple.left(Attention::kBodyLength - 1) + QChar(0x2026);
}
} // namespace

Attention::Attention(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Notice>();
}

void Attention::setSession(DeskSession *session)
{
    if (session == m_session)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    withdrawAll();
    m_session = session;
    if (session) {
        ConversationListModel *list = session->conversations();
        // Once per turn of the event loop, however many rows changed in it: a desk catching up
        // a thousand conversations changes rows thousands of times in a burst.
        auto changed = [this] {
            if (m_reconcileQueued)
                return;
            m_reconcileQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_reconcileQueued = false;
                reconcile();
            });
        };
        m_connections << connect(list, &QAbstractItemModel::dataChanged, this, changed);
        m_connections << connect(list, &QAbstractItemModel::rowsInserted, this, changed);
        m_connections << connect(list, &QAbstractItemModel::rowsRemoved, this, changed);
        m_connections << connect(list, &QAbstractItemModel::modelReset, this, changed);
        m_connections << connect(session, &DeskSession::customerMessageArrived, this,
                                 [this](const QString &convId, const QString &text) {
                                     onMessage(convId, text, Notice::Kind::Message);
                                 });
        m_connections << connect(
            session, &DeskSession::conversationHandedOver, this, [this](const QString &convId) {
                const ConversationListModel::Item *item = m_session->conversations()->item(convId);
                onMessage(convId, item ? item->preview : QString(), Notice::Kind::HandedOver);
            });
        m_connections << connect(
            session, &DeskSession::privateNoteArrived, this,
            [this](const QString &convId, const QString &from, const QString &text) {
                onMessage(convId, text, Notice::Kind::PrivateNote, from);
            });
    }
    reconcile(); // the previous session's offers end, the new one's counts are taken
}

void Attention::setView(const QString &convId, bool windowActive)
{
    m_viewed = convId;
    m_windowActive = windowActive;
    if (windowActive) {
        setNeedsAttention(false);
        // An offer stays up while it lasts: it is accepted from the list, not by looking at it.
        if (m_notices.contains(convId) && m_notices.value(convId).kind != Notice::Kind::Offer)
            withdraw(convId);
    }
}

const Attention::Notice *Attention::notice(const QString &convId) const
{
    const auto it = m_notices.constFind(convId);
    return it == m_notices.constEnd() ? nullptr : &it.value();
}

bool Attention::inView(const QString &convId) const
{
    return m_windowActive && convId == m_viewed;
}

QString Attention::customerName(const QString &convId) const
{
    const ConversationListModel::Item *item =
        m_session ? m_session->conversations()->item(convId) : nullptr;
    return item ? item->customerName : QString();
}

void Attention::reconcile()
{
    QSet<QString> offered;
    int unread = 0;
    if (m_session) {
        const ConversationListModel *list = m_session->conversations();
        for (int row = 0; row < list->rowCount(); ++row) {
            const ConversationListModel::Item &item = list->itemAt(row);
            const QString &convId = item.details.convId;
            if (item.ringing)
                offered.insert(convId);
            else if (m_session->canWriteToCustomer(convId))
                unread += item.unread;
        }
    }
    const int before = badgeCount();
    const QSet<QString> ended = m_offered - offered;
    const QSet<QString> started = offered - m_offered;
    m_offered = offered;
    m_unread = unread;
    for (const QString &convId : ended) {
        m_offerUnnamed.remove(convId);
        if (m_notices.value(convId).kind == Notice::Kind::Offer)
            withdraw(convId);
    }
    // An offer first announced without a name is updated once the name arrives.
    QSet<QString> announce = started;
    for (const QString &convId : std::as_const(m_offerUnnamed)) {
        if (!customerName(convId).isEmpty())
            announce.insert(convId);
    }
    // A transfer announced before the name was known gets its title now.
    for (auto it = m_unnamedHandovers.begin(); it != m_unnamedHandovers.end();) {
        const QString name = customerName(*it);
        auto notice = m_notices.find(*it);
        if (notice == m_notices.end() || notice->kind != Notice::Kind::HandedOver) {
            it = m_unnamedHandovers.erase(it);
        } else if (!name.isEmpty()) {
            notice->title = tr("Transferred to you: %1").arg(name);
            emit noticePosted(notice.value());
            it = m_unnamedHandovers.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString &convId : std::as_const(announce)) {
        const ConversationListModel::Item *item = m_session->conversations()->item(convId);
        const QString name = item->customerName;
        if (name.isEmpty())
            m_offerUnnamed.insert(convId);
        else
            m_offerUnnamed.remove(convId);
        Notice notice;
        notice.kind = Notice::Kind::Offer;
        notice.convId = convId;
        notice.title =
            name.isEmpty() ? tr("New conversation") : tr("New conversation: %1").arg(name);
        notice.body = shortened(item->preview);
        post(notice);
    }
    if (badgeCount() != before)
        emit countsChanged();
}

void Attention::onMessage(const QString &convId, const QString &text, Notice::Kind kind,
                          const QString &from)
{
    if (!m_session || !m_session->canWriteToCustomer(convId) || inView(convId))
        return;
    Notice notice;
    const auto it = m_notices.constFind(convId);
    // A message or note joins the conversation's notice; it replaces an offer (accepted by now).
    if (it != m_notices.constEnd() && it->kind != Notice::Kind::Offer)
        notice.count = it->count + 1;
    notice.kind = kind;
    notice.convId = convId;
    const QString name = customerName(convId);
    const QString customer = name.isEmpty() ? tr("A customer") : name;
    if (kind == Notice::Kind::PrivateNote) {
        notice.title = tr("Private note from %1 about %2").arg(from, customer);
    } else if (kind == Notice::Kind::HandedOver) {
        notice.count = 1;
        notice.title = tr("Transferred to you: %1").arg(customer);
        if (name.isEmpty())
            m_unnamedHandovers.insert(convId);
    } else {
        notice.title = notice.count == 1
                           ? customer
                           : tr("%1 (%n new messages)", nullptr, notice.count).arg(customer);
    }
    notice.body = shortened(text);
    post(notice);
}

void Attention::post(const Notice &notice)
{
    m_notices.insert(notice.convId, notice);
    emit noticePosted(notice);
    if (!m_windowActive)
        setNeedsAttention(true);
}

void Attention::withdraw(const QString &convId)
{
    if (m_notices.remove(convId) > 0)
        emit noticeWithdrawn(convId);
}

void Attention::withdrawAll()
{
    const QStringList ids = m_notices.keys();
    for (const QString &convId : ids)
        withdraw(convId);
    setNeedsAttention(false);
}

void Attention::setNeedsAttention(bool needed)
{
    if (m_needsAttention == needed)
        return;
    m_needsAttention = needed;
    emit attentionChanged(needed);
}

} // namespace Signet
