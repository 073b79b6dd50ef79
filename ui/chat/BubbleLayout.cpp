#include "chat/BubbleLayout.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Signet::Ui {

using namespace BubbleMetrics;

namespace {

// Size of text wrapped at word boundaries (or anywhere, for a word longer than the line).
QSize wrappedSize(const QString &text, const QFont &font, int maxWidth)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal height = 0;
    qreal width = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(maxWidth);
        line.setPosition(QPointF(0, height));
        height += line.height();
        width = std::max(width, line.naturalTextWidth());
    }
    layout.endLayout();
    if (text.isEmpty())
        height = QFontMetrics(font).height();
    return QSize(static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height)));
}

} // namespace

QString shortTime(const QTime &time)
{
    // The locale's short format, without seconds (the C locale's includes them).
    static const QString format = [] {
        QString f = QLocale().timeFormat(QLocale::ShortFormat);
        f.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
        return f;
    }();
    return QLocale().toString(time, format);
}

QString dayText(const QDate &day, const QDate &today)
{
    if (day == today)
        return QCoreApplication::translate("Signet::Ui::BubbleLayout", "Today");
    if (day == today.addDays(-1))
        return QCoreApplication::translate("Signet::Ui::BubbleLayout", "Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

BubbleLayout layoutBubble(const MessageView &message, int width, const QFont &font,
                          const QDate &today)
{
    BubbleLayout out;
    out.alignRight = !message.fromCustomer;
    const QFontMetrics metrics(font);
    int y = kRowSpacing / 2;

    if (message.showDaySeparator) {
        out.dayText = dayText(message.timestamp.date(), today);
        out.daySeparator =
            QRect(kOuterMargin, y, std::max(0, width - 2 * kOuterMargin), metrics.height() + 8);
        y += out.daySeparator.height() + kRowSpacing;
    }

    const QString time = shortTime(message.timestamp.time());
    QStringList meta{time};
    for (const QString &part : {message.label, message.status}) {
        if (!part.isEmpty())
            meta << part;
    }
    out.metaText = meta.join(QStringLiteral(" · "));

    const int available = std::max(kMinBubbleWidth, width - 2 * kOuterMargin);
    const int maxBubble =
        std::max(kMinBubbleWidth, static_cast<int>(available * kMaxBubbleFraction));
    const int maxText = maxBubble - 2 * kPadding;
    const QSize textSize = wrappedSize(message.text, font, maxText);
    const int metaWidth = std::min(maxText, metrics.horizontalAdvance(out.metaText));
    const int contentWidth = std::clamp(std::max(textSize.width(), metaWidth), 1, maxText);
    const int bubbleWidth = contentWidth + 2 * kPadding;
    const int bubbleHeight = kPadding + textSize.height() + 4 + metrics.height() + kPadding;

    const int x = out.alignRight ? width - kOuterMargin - bubbleWidth : kOuterMargin;
    out.bubble = QRect(x, y, bubbleWidth, bubbleHeight);
    out.text = QRect(x + kPadding, y + kPadding, contentWidth, textSize.height());
    out.meta = QRect(x + kPadding, out.text.bottom() + 1 + 4, contentWidth, metrics.height());
    out.size = QSize(width, out.bubble.bottom() + 1 + kRowSpacing / 2);
    return out;
}

} // namespace Signet::Ui
