#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace Signet::Ui::Theme {

using namespace Qt::StringLiterals;

namespace {

// What the system gave before Signet changed anything, to return to for Theme::System.
struct Original
{
    QString style;
    QPalette palette;
    bool taken = false;
};
Original &original()
{
    static Original o;
    if (!o.taken) {
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
        o.taken = true;
    }
    return o;
}

// Re-applies a tone when the palette under it changes.
class ToneKeeper : public QObject
{
public:
    ToneKeeper(QWidget *widget, Tone tone)
        : QObject(widget)
        , m_tone(tone)
    {
        widget->installEventFilter(this);
        refresh(widget);
    }
    void setTone(Tone tone, QWidget *widget)
    {
        m_tone = tone;
        refresh(widget);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The application's palette reaches a widget as PaletteChange (or, for windows,
        // ApplicationPaletteChange); setting the same colour again sends nothing, so this ends.
        if (event->type() == QEvent::ApplicationPaletteChange ||
            event->type() == QEvent::PaletteChange)
            refresh(static_cast<QWidget *>(watched));
        return false;
    }

private:
    void refresh(QWidget *widget)
    {
        QPalette palette = widget->palette();
        const QColor colour = Theme::tone(m_tone, QApplication::palette(widget));
        if (palette.color(QPalette::WindowText) == colour &&
            palette.color(QPalette::Text) == colour)
            return;
        palette.setColor(QPalette::WindowText, colour);
        palette.setColor(QPalette::Text, colour);
        widget->setPalette(palette);
    }
    Tone m_tone;
};

} // namespace

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf6, 0xf5, 0xf4), base(Qt::white), text(0x24, 0x1f, 0x31);
    const QColor highlight(0x35, 0x84, 0xe4), button(0xed, 0xec, 0xeb);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe1));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x77, 0x76, 0x7b));
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    p.setColor(QPalette::LinkVisited, QColor(0x61, 0x35, 0x83));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Mid, QColor(0xb0, 0xb0, 0xb0));
    p.setColor(QPalette::Dark, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Shadow, QColor(0x50, 0x50, 0x50));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x99, 0x96));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x24, 0x24, 0x24), base(0x1e, 0x1e, 0x1e), text(0xee, 0xee, 0xec);
    const QColor highlight(0x35, 0x84, 0xe4), button(0x30, 0x30, 0x30);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x99, 0x96));
    p.setColor(QPalette::Link, QColor(0x78, 0xae, 0xed));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x61, 0xcb));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x2c, 0x2c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x77, 0x76, 0x7b));
    return p;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void apply(DeskSettings::Theme theme)
{
    const Original &system = original();
    if (theme == DeskSettings::Theme::System) {
        if (QApplication::style()->name() != system.style)
            QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
        return;
    }
    if (QApplication::style()->name().compare("fusion"_L1, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(theme == DeskSettings::Theme::Dark ? darkPalette() : lightPalette());
}

QColor tone(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    case Tone::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case Tone::Success:
        return dark ? QColor(0x57, 0xe3, 0x89) : QColor(0x1a, 0x7f, 0x37);
    case Tone::Note:
        return dark ? QColor(0xf5, 0xc2, 0x11) : QColor(0xa0, 0x76, 0x00);
    }
    return palette.color(QPalette::Text);
}

void setTone(QWidget *widget, Tone t)
{
    if (auto *keeper = widget->findChild<ToneKeeper *>(QString(), Qt::FindDirectChildrenOnly))
        keeper->setTone(t, widget);
    else
        new ToneKeeper(widget, t);
}

void clearTone(QWidget *widget)
{
    delete widget->findChild<ToneKeeper *>(QString(), Qt::FindDirectChildrenOnly);
    widget->setPalette(QPalette());
}

} // namespace Signet::Ui::Theme
