#pragma once

#include "attention/DesktopNotifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QPointer>
#include <QSet>

class QSystemTrayIcon;

namespace Signet::Ui {

// Desktop notifications through the freedesktop.org notification service
// (org.freedesktop.Notifications on the session bus: GNOME Shell, KDE Plasma, dunst, mako, …).
// One notification per conversation, replaced in place as its notice changes and closed when it is
// withdrawn; a click (or its Open/Accept action) comes back as activated(). Every call is
// asynchronous: a slow or missing service never blocks the desk.
//
// With no service on the bus (or no bus), notices go to the tray icon's balloon when there is one,
// and the sound, if wanted, is the system beep.
class FreedesktopNotifier : public DesktopNotifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    void show(const Attention::Notice &notice, Style style) override;
    void withdraw(const QString &convId) override;

    // Where notices go when the service is missing (may be null; may be hidden).
    void setFallback(QSystemTrayIcon *tray);
    // False once the service answered that it is not there (or there is no session bus).
    bool isAvailable() const { return m_available; }

    // The notice as the service receives it: summary, body (escaped when the service reads markup)
    // and hints. Public for the tests that check what reaches the service.
    static QString bodyText(const Attention::Notice &notice, Style style, bool markup);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void showFallback(const Attention::Notice &notice, Style style);

    QDBusConnection m_bus;
    bool m_available = true;
    bool m_markup = false; // the service renders body markup, so text must be escaped
    bool m_ready = false;  // the service has told its capabilities (or that it is missing)
    QList<std::pair<Attention::Notice, Style>> m_early; // shown before that answer
    QHash<QString, uint> m_ids;                         // convId → the service's notification id
    QHash<uint, QString> m_conversations;
    void notify(const Attention::Notice &notice, Style style);
    void onReady();

    QSet<QString> m_pending;   // a Notify call is on its way for these conversations
    QSet<QString> m_withdrawn; // withdrawn while their Notify call was on its way
    // The newest notice for a conversation whose Notify call is on its way: sent as a replacement
    // once the service has told the id (two calls at once would make two notifications).
    QHash<QString, std::pair<Attention::Notice, Style>> m_next;
    QPointer<QSystemTrayIcon> m_fallback;
    QString m_fallbackConversation; // what the balloon shown last was about
};

} // namespace Signet::Ui
