#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QPointer>

namespace Signet {
class DeskSettings;
}

namespace Signet::Ui {

class DesktopNotifier;
class MainWindow;
class TrayIcon;

// Shows the window's Attention on the desktop: notices as desktop notifications (a click opens the
// conversation; an offer's Accept accepts it), the counts on the tray icon, in the window title and
// on the dock or task manager entry (the Unity LauncherEntry signal that KDE Plasma, Ubuntu's dock
// and others read), and a taskbar request for attention while the window is inactive (cleared by
// the window manager when the agent comes back).
class DesktopAttention : public QObject
{
    Q_OBJECT
public:
    DesktopAttention(MainWindow *window, DesktopNotifier *notifier, DeskSettings *settings,
                     const QDBusConnection &bus, QObject *parent = nullptr);

    // Re-reads the settings (after the agent changed them).
    void applySettings();
    // The window forward with the conversation open, as a click on its notification does.
    void open(const QString &convId);
    TrayIcon *tray() const { return m_tray; }
    // The title the window has for counts (public for the tests).
    static QString windowTitle(int count);

    // Where the dock badge is sent from, and for which desktop entry.
    static constexpr const char *kLauncherPath = "/app/signet/Signet";
    static constexpr const char *kLauncherApp = "application://signet.desktop";

private:
    // Settings → the notification and tray switches.
    void buildMenu();
    void onCountsChanged();
    void onActivated(const QString &convId, const QString &action);
    void sendLauncherEntry();

    QPointer<MainWindow> m_window;
    DesktopNotifier *m_notifier;
    DeskSettings *m_settings;
    QDBusConnection m_bus;
    TrayIcon *m_tray;
};

} // namespace Signet::Ui
