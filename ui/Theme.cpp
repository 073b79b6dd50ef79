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

namespace {

// Signet's two palettes, role by role: light, then dark.
struct Swatch
{
    QPalette::ColorRole role;
    QRgb light;
    QRgb dark;
};
constexpr Swatch kSwatches[] = {
    {QPalette::Window, 0xf6f5f4, 0x242424},
    {QPalette::WindowText, 0x241f31, 0xeeeeec},
    {QPalette::Base, 0xffffff, 0x1e1e1e},
    {QPalette::AlternateBase, 0xf0f0f0, 0x2a2a2a},
    {QPalette::Text, 0x241f31, 0xeeeeec},
    {QPalette::Button, 0xedeceb, 0x303030},
    {QPalette::ButtonText, 0x241f31, 0xeeeeec},
    {QPalette::BrightText, 0xffffff, 0xffffff},
    {QPalette::Highlight, 0x3584e4, 0x3584e4},
    {QPalette::HighlightedText, 0xffffff, 0xffffff},
    {QPalette::ToolTipBase, 0xffffe1, 0x3a3a3a},
    {QPalette::ToolTipText, 0x241f31, 0xeeeeec},
    {QPalette::PlaceholderText, 0x77767b, 0x9a9996},
    {QPalette::Link, 0x1a5fb4, 0x78aeed},
    {QPalette::LinkVisited, 0x613583, 0xc061cb},
    {QPalette::Light, 0xffffff, 0x4a4a4a},
    {QPalette::Midlight, 0xe0e0e0, 0x3a3a3a},
    {QPalette::Mid, 0xb0b0b0, 0x2c2c2c},
    {QPalette::Dark, 0x909090, 0x181818},
    {QPalette::Shadow, 0x505050, 0x000000},
};

QPalette paletteOf(bool dark)
{
    QPalette p;
    for (const Swatch &s : kSwatches)
        p.setColor(s.role, QColor::fromRgb(dark ? s.dark : s.light));
    const QColor disabled = QColor::fromRgb(dark ? 0x77767b : 0x9a9996);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

QPalette lightPalette()
{
    return paletteOf(false);
}

QPalette darkPalette()
{
    return paletteOf(true);
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
