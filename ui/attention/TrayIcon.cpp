#include "attention/TrayIcon.h"

#include "Icons.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->addAction(tr("&Show Signet"), this, &TrayIcon::showRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    refresh();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a menu has no QObject parent here: the tray does not own it
}

void TrayIcon::setWanted(bool wanted)
{
    m_wanted = wanted;
    m_tray->setVisible(wanted && QSystemTrayIcon::isSystemTrayAvailable());
}

void TrayIcon::setCounts(int unread, int offers)
{
    if (unread == m_unread && offers == m_offers)
        return;
    m_unread = unread;
    m_offers = offers;
    refresh();
}

QString TrayIcon::toolTip() const
{
    QStringList parts;
    if (m_offers > 0)
        parts << tr("%n new conversation(s)", nullptr, m_offers);
    if (m_unread > 0)
        parts << tr("%n unread message(s)", nullptr, m_unread);
    if (parts.isEmpty())
        return tr("Signet: nothing waiting");
    return tr("Signet: %1").arg(parts.join(u", "_s));
}

QImage TrayIcon::render(int count, int size, const QPalette &palette)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.drawPixmap(0, 0, tintedIcon(u"signet"_s, palette.color(QPalette::WindowText), size));
    if (count > 0) {
        const QString text = count > 99 ? u"99+"_s : QString::number(count);
        const int badge = size * 11 / 20;
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(std::max(6, badge * (text.size() > 2 ? 5 : 7) / 10));
        const QFontMetrics metrics(font);
        const int width = std::min(size, std::max(badge, metrics.horizontalAdvance(text) + 4));
        const QRect r(size - width, 0, width, badge);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette.color(QPalette::Highlight));
        painter.drawRoundedRect(r, badge / 2.0, badge / 2.0);
        painter.setFont(font);
        painter.setPen(palette.color(QPalette::HighlightedText));
        painter.drawText(r, Qt::AlignCenter, text);
    }
    painter.end();
    return image;
}

void TrayIcon::refresh()
{
    QIcon icon;
    const QPalette palette = QApplication::palette();
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(QPixmap::fromImage(render(m_unread + m_offers, size, palette)));
    m_tray->setIcon(icon);
    m_tray->setToolTip(toolTip());
}

} // namespace Signet::Ui
