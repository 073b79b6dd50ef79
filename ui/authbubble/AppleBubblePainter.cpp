#include "authbubble/AppleBubblePainter.h"

#include "authbubble/AppleBubbleLayout.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace Signet::Ui {

using namespace Qt::StringLiterals;
using Auth::Bubble;

namespace {

void paintImage(QPainter &p, const QRectF &rect, const QImage &image, const QString &note,
                const PhonePalette &colors, qreal radius)
{
    QPainterPath clip;
    clip.addRoundedRect(rect, radius, radius);
    p.save();
    p.setClipPath(clip);
    if (!image.isNull()) {
        // Fill the frame, keeping proportions (what Messages does).
        const QImage scaled = image.scaled(rect.size().toSize() * 2, Qt::KeepAspectRatioByExpanding,
                                           Qt::SmoothTransformation);
        const QRectF source((scaled.width() - rect.width() * 2) / 2,
                            (scaled.height() - rect.height() * 2) / 2, rect.width() * 2,
                            rect.height() * 2);
        p.drawImage(rect, scaled, source);
    } else {
        p.fillRect(rect, colors.placeholder);
        p.setPen(colors.subtitle);
        QFont f = bubbleSubtitleFont();
        f.setPixelSize(rect.height() < 50 ? 8 : 11);
        p.setFont(f);
        p.drawText(rect.adjusted(2, 2, -2, -2), Qt::AlignCenter | Qt::TextWordWrap, note);
    }
    p.restore();
}
} // namespace

PhonePalette PhonePalette::of(Appearance appearance)
{
    if (appearance == Appearance::Dark)
        return {QColor(0, 0, 0),          QColor(0x26, 0x26, 0x29), QColor(0xff, 0xff, 0xff),
                QColor(0x98, 0x98, 0x9f), QColor(0x3a, 0x3a, 0x3c), QColor(0x8e, 0x8e, 0x93)};
    return {QColor(0xff, 0xff, 0xff), QColor(0xe9, 0xe9, 0xeb), QColor(0, 0, 0),
            QColor(0x6c, 0x6c, 0x70), QColor(0xd1, 0xd1, 0xd6), QColor(0x8e, 0x8e, 0x93)};
}

Bubble bubbleFor(const Auth::AuthRequestDraft &draft, BubbleState state)
{
    switch (state) {
    case BubbleState::Received:
        return draft.received;
    case BubbleState::SignedIn: {
        Bubble b = draft.reply;
        b.imageUrl = draft.received.imageUrl; // the reply reuses the received bubble's image
        return b;
    }
    case BubbleState::Failed: {
        Bubble b = draft.reply;
        b.imageUrl = draft.received.imageUrl;
        b.title =
            QCoreApplication::translate("Signet::Ui::AppleBubblePainter", "Authentication failed");
        b.subtitle.clear();
        return b;
    }
    }
    return draft.received;
}

void paintAppleBubble(QPainter &p, const QPointF &topLeft, const Auth::AuthRequestDraft &draft,
                      BubbleState state, Appearance appearance, const QImage &image,
                      const QString &imageNote)
{
    const Bubble bubble = bubbleFor(draft, state);
    const bool hasImage = !bubble.imageUrl.trimmed().isEmpty();
    const AppleBubbleGeometry g = appleBubbleGeometry(bubble.style, hasImage);
    const PhonePalette colors = PhonePalette::of(appearance);
    p.save();
    p.translate(topLeft);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colors.bubble);
    p.drawRoundedRect(QRectF(QPointF(0, 0), g.size), 18, 18);
    if (hasImage)
        paintImage(p, g.image, image, imageNote, colors, g.imageOnTop ? 12 : 8);
    const QFont titleFont = bubbleTitleFont();
    const QFont subtitleFont = bubbleSubtitleFont();
    const FittedText text = fitBubbleText(bubble, g, titleFont, subtitleFont);
    p.setPen(colors.title);
    p.setFont(titleFont);
    // A bubble with no subtitle (the failure bubble) centres its one line.
    const QRectF titleRect =
        text.subtitle.isEmpty() && !g.imageOnTop ? g.title.united(g.subtitle) : g.title;
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, text.title);
    p.setPen(colors.subtitle);
    p.setFont(subtitleFont);
    p.drawText(g.subtitle, Qt::AlignLeft | Qt::AlignVCenter, text.subtitle);
    p.restore();
}

void paintLockScreenNotification(QPainter &p, const QRectF &rect, const Bubble &received,
                                 const QString &sender, Appearance appearance)
{
    const PhonePalette colors = PhonePalette::of(appearance);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    QColor glass =
        appearance == Appearance::Dark ? QColor(0x2c, 0x2c, 0x2e) : QColor(0xf2, 0xf2, 0xf7);
    p.setBrush(glass);
    p.drawRoundedRect(rect, 16, 16);
    // App icon: the green Messages square.
    const QRectF icon(rect.left() + 12, rect.top() + 12, 22, 22);
    p.setBrush(QColor(0x34, 0xc7, 0x59));
    p.drawRoundedRect(icon, 5, 5);
    QFont small = bubbleSubtitleFont();
    small.setPixelSize(11);
    p.setFont(small);
    p.setPen(colors.caption);
    p.drawText(QRectF(icon.right() + 8, icon.top(), rect.width() - 60, icon.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("Signet::Ui::AppleBubblePainter", "MESSAGES"));
    p.drawText(QRectF(rect.left(), icon.top(), rect.width() - 12, icon.height()),
               Qt::AlignRight | Qt::AlignVCenter,
               QCoreApplication::translate("Signet::Ui::AppleBubblePainter", "now"));
    QFont bold = bubbleTitleFont();
    bold.setPixelSize(13);
    p.setFont(bold);
    p.setPen(colors.title);
    const qreal textLeft = rect.left() + 12;
    const qreal width = rect.width() - 24;
    p.drawText(QRectF(textLeft, icon.bottom() + 4, width, 16), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(bold).elidedText(sender, Qt::ElideRight, width));
    QFont body = bubbleSubtitleFont();
    p.setFont(body);
    p.drawText(QRectF(textLeft, icon.bottom() + 20, width, 16), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(body).elidedText(received.title.simplified(), Qt::ElideRight, width));
    p.restore();
}

void paintAgentSideBubble(QPainter &p, const QRectF &rect, const Auth::AuthRequestDraft &draft,
                          const QPalette &palette, const QImage &image)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette.color(QPalette::Highlight), 1.5));
    p.setBrush(palette.color(QPalette::Base));
    p.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 12, 12);
    qreal textLeft = rect.left() + 12;
    const bool hasImage = !draft.received.imageUrl.trimmed().isEmpty();
    if (hasImage) {
        const QRectF imageRect(rect.left() + 10, rect.top() + (rect.height() - 44) / 2, 44, 44);
        paintImage(p, imageRect, image,
                   image.isNull()
                       ? QCoreApplication::translate("Signet::Ui::AppleBubblePainter", "image")
                       : QString(),
                   PhonePalette::of(Appearance::Light), 6);
        textLeft = imageRect.right() + 10;
    }
    const qreal width = rect.right() - textLeft - 10;
    QFont bold = p.font();
    bold.setBold(true);
    p.setPen(palette.color(QPalette::Text));
    p.setFont(bold);
    p.drawText(
        QRectF(textLeft, rect.top() + 10, width, rect.height() / 2 - 10),
        Qt::AlignLeft | Qt::AlignBottom,
        QFontMetricsF(bold).elidedText(draft.received.title.simplified(), Qt::ElideRight, width));
    QFont normal = p.font();
    normal.setBold(false);
    p.setFont(normal);
    p.drawText(QRectF(textLeft, rect.center().y() + 2, width, rect.height() / 2 - 12),
               Qt::AlignLeft | Qt::AlignTop,
               QFontMetricsF(normal).elidedText(draft.received.subtitle.simplified(),
                                                Qt::ElideRight, width));
    p.restore();
}

} // namespace Signet::Ui
