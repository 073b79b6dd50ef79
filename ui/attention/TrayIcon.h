#pragma once

#include <QImage>
#include <QObject>
#include <QPalette>

class QMenu;
class QSystemTrayIcon;

namespace Signet::Ui {

// The desk in the system tray: Signet's mark with a badge counting unread messages and offers, a
// tooltip that says what they are, a click that brings the window forward and a menu to show or
// quit. Shown only where the desktop has a tray (StatusNotifierItem or XEmbed) and the agent wants
// it.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    void setWanted(bool wanted);
    void setCounts(int unread, int offers);
    QString toolTip() const;
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }

    // Signet's mark in ink at size×size device pixels, with count in a badge at its top right
    // (none for 0; "99+" past 99). Colours from the palette: the badge in Highlight, its figure in
    // HighlightedText, so it reads in light and dark panels alike.
    static QImage render(int count, int size, const QPalette &palette);

signals:
    void showRequested();
    void quitRequested();

private:
    void refresh();

    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    bool m_wanted = false;
    int m_unread = 0;
    int m_offers = 0;
};

} // namespace Signet::Ui
