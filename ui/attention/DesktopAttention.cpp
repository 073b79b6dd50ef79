#include "attention/DesktopAttention.h"

#include "MainWindow.h"
#include "attention/DesktopNotifier.h"
#include "attention/TrayIcon.h"
#include "conversation/Attention.h"
#include "settings/DeskSettings.h"

#include <QApplication>
#include <QDBusMessage>
#include <QMenu>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

DesktopAttention::DesktopAttention(MainWindow *window, DesktopNotifier *notifier,
                                   DeskSettings *settings, const QDBusConnection &bus,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_notifier(notifier)
    , m_settings(settings)
    , m_bus(bus)
    , m_tray(new TrayIcon(this))
{
    Attention *attention = window->attention();
    connect(attention, &Attention::noticePosted, this, [this](const Attention::Notice &notice) {
        if (!m_settings->desktopNotifications())
            return;
        DesktopNotifier::Style style;
        style.sound = m_settings->notificationSound();
        style.showText = m_settings->notificationText();
        m_notifier->show(notice, style);
    });
    // Withdrawn whatever the settings say now: notifications may have been on when it was shown.
    connect(attention, &Attention::noticeWithdrawn, m_notifier, &DesktopNotifier::withdraw);
    connect(attention, &Attention::countsChanged, this, &DesktopAttention::onCountsChanged);
    connect(attention, &Attention::attentionChanged, this, [this](bool needed) {
        if (needed && m_window)
            QApplication::alert(m_window, 0); // until the window is activated
        sendLauncherEntry();
    });
    connect(m_notifier, &DesktopNotifier::activated, this, &DesktopAttention::onActivated);
    connect(m_tray, &TrayIcon::showRequested, this, [this] { open(QString()); });
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QApplication::quit);
    buildMenu();
    applySettings();
    onCountsChanged();
}

void DesktopAttention::buildMenu()
{
    QMenu *menu = m_window->settingsMenu();
    auto toggle = [this, menu](const QString &text, const QString &name, bool on,
                               void (DeskSettings::*set)(bool)) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(on);
        connect(action, &QAction::toggled, this, [this, set](bool checked) {
            // (applySettings sets the other switches without coming back here.)
            (m_settings->*set)(checked);
            m_settings->sync();
            applySettings();
        });
        return action;
    };
    toggle(tr("Desktop &Notifications"), u"notificationsAction"_s,
           m_settings->desktopNotifications(), &DeskSettings::setDesktopNotifications);
    toggle(tr("Show Message &Text in Notifications"), u"notificationTextAction"_s,
           m_settings->notificationText(), &DeskSettings::setNotificationText);
    toggle(tr("Notification &Sound"), u"notificationSoundAction"_s, m_settings->notificationSound(),
           &DeskSettings::setNotificationSound);
    toggle(tr("Icon in the System &Tray"), u"trayIconAction"_s, m_settings->trayIcon(),
           &DeskSettings::setTrayIcon);
}

void DesktopAttention::applySettings()
{
    m_tray->setWanted(m_settings->trayIcon());
    // The menu's switches follow the settings when the preferences changed them.
    const std::pair<const char *, bool> states[] = {
        {"notificationsAction", m_settings->desktopNotifications()},
        {"notificationTextAction", m_settings->notificationText()},
        {"notificationSoundAction", m_settings->notificationSound()},
        {"trayIconAction", m_settings->trayIcon()},
    };
    for (const auto &[name, on] : states) {
        if (QAction *action = m_window->findChild<QAction *>(QString::fromLatin1(name))) {
            const QSignalBlocker blocker(action);
            action->setChecked(on);
        }
    }
}

QString DesktopAttention::windowTitle(int count)
{
    return count > 0 ? tr("Signet (%1)").arg(count) : tr("Signet");
}

void DesktopAttention::onCountsChanged()
{
    if (!m_window)
        return;
    const Attention *attention = m_window->attention();
    m_tray->setCounts(attention->unreadMessages(), attention->offers());
    m_window->setWindowTitle(windowTitle(attention->badgeCount()));
    sendLauncherEntry();
}

void DesktopAttention::sendLauncherEntry()
{
    if (!m_window || !m_bus.isConnected())
        return;
    const Attention *attention = m_window->attention();
    QDBusMessage signal = QDBusMessage::createSignal(
        QString::fromLatin1(kLauncherPath), u"com.canonical.Unity.LauncherEntry"_s, u"Update"_s);
    signal << QString::fromLatin1(kLauncherApp)
           << QVariantMap{{u"count"_s, qint64(attention->badgeCount())},
                          {u"count-visible"_s, attention->badgeCount() > 0},
                          {u"urgent"_s, attention->needsAttention()}};
    m_bus.send(signal);
}

void DesktopAttention::open(const QString &convId)
{
    if (!m_window)
        return;
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized); // kept maximised
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (!convId.isEmpty())
        m_window->selectConversation(convId);
}

void DesktopAttention::onActivated(const QString &convId, const QString &action)
{
    open(convId);
    if (m_window && action == QLatin1String(DesktopNotifier::kAccept) &&
        m_window->currentConversation() == convId && m_window->session() &&
        m_window->session()->canAccept(convId))
        m_window->acceptCurrent();
}

} // namespace Signet::Ui
