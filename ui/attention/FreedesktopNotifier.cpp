#include "attention/FreedesktopNotifier.h"

#include "logging/Logging.h"

#include <QApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;

bool serviceMissing(const QDBusError &error)
{
    return error.type() == QDBusError::ServiceUnknown || error.type() == QDBusError::NoServer ||
           error.type() == QDBusError::Disconnected;
}
} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : DesktopNotifier(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        m_available = false;
        return;
    }
    m_bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this,
                  SLOT(onClosed(uint, uint)));
    // Whether the service renders markup decides whether a customer's "<b>" must be escaped.
    const QDBusMessage ask =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            if (serviceMissing(reply.error()))
                m_available = false;
            qCInfo(lcUi) << "no desktop notification service:" << reply.error().message();
        } else {
            m_markup = reply.value().contains(u"body-markup"_s);
        }
        onReady();
    });
}

void FreedesktopNotifier::onReady()
{
    m_ready = true;
    const auto early = std::exchange(m_early, {});
    for (const auto &[notice, style] : early)
        show(notice, style);
}

void FreedesktopNotifier::setFallback(QSystemTrayIcon *tray)
{
    if (m_fallback)
        disconnect(m_fallback, nullptr, this, nullptr);
    m_fallback = tray;
    if (tray) {
        connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_fallbackConversation.isEmpty())
                emit activated(m_fallbackConversation, QString::fromLatin1(kOpen));
        });
    }
}

QString FreedesktopNotifier::bodyText(const Attention::Notice &notice, Style style, bool markup)
{
    QString body = notice.body;
    if (!style.showText) {
        body = notice.kind == Attention::Notice::Kind::Offer
                   ? tr("A customer is waiting for an agent.")
                   : tr("Open Signet to read it.");
    }
    return markup ? body.toHtmlEscaped() : body;
}

void FreedesktopNotifier::show(const Attention::Notice &notice, Style style)
{
    if (!m_ready && m_available) {
        // Until the service says whether it reads markup, a customer's text cannot be escaped
        // correctly either way; the answer takes a moment, once.
        m_early.erase(
            std::remove_if(m_early.begin(), m_early.end(),
                           [&](const auto &e) { return e.first.convId == notice.convId; }),
            m_early.end());
        m_early.append({notice, style});
        return;
    }
    if (!m_available) {
        showFallback(notice, style);
        return;
    }
    m_withdrawn.remove(notice.convId);
    if (m_pending.contains(notice.convId)) {
        m_next.insert(notice.convId, {notice, style});
        return;
    }
    notify(notice, style);
}

void FreedesktopNotifier::notify(const Attention::Notice &notice, Style style)
{
    const bool offer = notice.kind == Attention::Notice::Kind::Offer;
    QStringList actions{QString::fromLatin1(kOpen), tr("Open")};
    if (offer)
        actions << QString::fromLatin1(kAccept) << tr("Accept");
    QVariantMap hints{
        {u"desktop-entry"_s, u"signet"_s},
        {u"category"_s, offer ? u"im"_s : u"im.received"_s},
        {u"urgency"_s, QVariant::fromValue(uchar(offer ? 2 : 1))},
    };
    if (style.sound)
        hints.insert(u"sound-name"_s, u"message-new-instant"_s);
    else
        hints.insert(u"suppress-sound"_s, true);
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    call << u"Signet"_s << m_ids.value(notice.convId, 0u) << u"signet"_s << notice.title
         << bodyText(notice, style, m_markup) << actions << hints << -1;
    const QString convId = notice.convId;
    m_pending.insert(convId);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, convId, notice, style](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                m_pending.remove(convId);
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isError()) {
                    qCInfo(lcUi) << "notification not shown:" << reply.error().message();
                    if (serviceMissing(reply.error())) {
                        m_available = false;
                        m_next.remove(convId);
                        if (!m_withdrawn.remove(convId))
                            showFallback(notice, style);
                    }
                    return;
                }
                const uint id = reply.value();
                m_ids.insert(convId, id);
                m_conversations.insert(id, convId);
                if (m_withdrawn.remove(convId)) {
                    m_next.remove(convId);
                    withdraw(convId);
                } else if (m_next.contains(convId)) {
                    const auto [next, nextStyle] = m_next.take(convId);
                    notify(next, nextStyle);
                }
            });
}

void FreedesktopNotifier::withdraw(const QString &convId)
{
    m_early.erase(std::remove_if(m_early.begin(), m_early.end(),
                                 [&](const auto &e) { return e.first.convId == convId; }),
                  m_early.end());
    if (m_fallbackConversation == convId)
        m_fallbackConversation.clear();
    if (m_pending.contains(convId)) {
        m_withdrawn.insert(convId);
        return;
    }
    const auto it = m_ids.constFind(convId);
    if (it == m_ids.constEnd())
        return;
    const uint id = it.value();
    m_ids.remove(convId);
    m_conversations.remove(id);
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, u"CloseNotification"_s);
    call << id;
    m_bus.asyncCall(call);
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const QString convId = m_conversations.value(id);
    if (!convId.isEmpty())
        emit activated(convId, action);
}

void FreedesktopNotifier::onClosed(uint id, uint)
{
    // Dismissed, expired or closed by us: the next notice for the conversation is a new one.
    const QString convId = m_conversations.take(id);
    if (!convId.isEmpty() && m_ids.value(convId) == id)
        m_ids.remove(convId);
}

void FreedesktopNotifier::showFallback(const Attention::Notice &notice, Style style)
{
    if (style.sound)
        QApplication::beep();
    if (!m_fallback || !m_fallback->isVisible())
        return;
    m_fallbackConversation = notice.convId;
    m_fallback->showMessage(notice.title, bodyText(notice, style, false),
                            QSystemTrayIcon::Information);
}

} // namespace Signet::Ui
