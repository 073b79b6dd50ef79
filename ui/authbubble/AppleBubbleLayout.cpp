#include "authbubble/AppleBubbleLayout.h"

#include <QFontDatabase>
#include <QFontMetricsF>

namespace Signet::Ui {

using Auth::BubbleStyle;

namespace {
constexpr qreal kWidth = 280;
constexpr qreal kPadding = 12;
constexpr qreal kGap = 10;
constexpr qreal kTitleHeight = 20;
constexpr qreal kSubtitleHeight = 18;
} // namespace

AppleBubbleGeometry appleBubbleGeometry(BubbleStyle style, bool hasImage)
{
    AppleBubbleGeometry g;
    switch (style) {
    case BubbleStyle::Large: {
        g.size = QSizeF(kWidth, 210);
        g.imageOnTop = true;
        const qreal imageX = (kWidth - 263) / 2;
        g.image = QRectF(imageX, imageX, 263, 150);
        const qreal textTop = g.image.bottom() + 6;
        g.title = QRectF(kPadding, textTop, kWidth - 2 * kPadding, kTitleHeight);
        g.subtitle = QRectF(kPadding, g.title.bottom(), kWidth - 2 * kPadding, kSubtitleHeight);
        break;
    }
    case BubbleStyle::Icon:
    case BubbleStyle::Small: {
        const qreal side = style == BubbleStyle::Icon ? 40 : 60;
        g.size = QSizeF(kWidth, style == BubbleStyle::Icon ? 65 : 85);
        g.image = QRectF(kPadding, (g.size.height() - side) / 2, side, side);
        const qreal textLeft = hasImage ? g.image.right() + kGap : kPadding;
        const qreal textWidth = kWidth - textLeft - kPadding;
        const qreal textTop = (g.size.height() - kTitleHeight - kSubtitleHeight) / 2;
        g.title = QRectF(textLeft, textTop, textWidth, kTitleHeight);
        g.subtitle = QRectF(textLeft, g.title.bottom(), textWidth, kSubtitleHeight);
        break;
    }
    }
    if (!hasImage)
        g.image = QRectF();
    return g;
}

FittedText fitBubbleText(const Auth::Bubble &bubble, const AppleBubbleGeometry &geometry,
                         const QFont &titleFont, const QFont &subtitleFont)
{
    FittedText out;
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF subtitleMetrics(subtitleFont);
    const QString title = bubble.title.simplified();
    const QString subtitle = bubble.subtitle.simplified();
    out.title = titleMetrics.elidedText(title, Qt::ElideRight, geometry.title.width());
    out.subtitle = subtitleMetrics.elidedText(subtitle, Qt::ElideRight, geometry.subtitle.width());
    out.titleTruncated = out.title != title;
    out.subtitleTruncated = out.subtitle != subtitle;
    return out;
}

QFont bubbleTitleFont()
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    f.setPixelSize(15);
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont bubbleSubtitleFont()
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    f.setPixelSize(13);
    return f;
}

QSize recommendedImagePixels(BubbleStyle style)
{
    switch (style) {
    case BubbleStyle::Icon:
        return {120, 120};
    case BubbleStyle::Small:
        return {180, 180};
    case BubbleStyle::Large:
        return {789, 450};
    }
    return {};
}

} // namespace Signet::Ui
