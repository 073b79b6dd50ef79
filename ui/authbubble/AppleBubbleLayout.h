#pragma once

#include "auth/AppleAuthRequest.h"

#include <QFont>
#include <QRectF>
#include <QString>

namespace Signet::Ui {

// Where things go in an Apple authentication bubble, in points (PROTOCOL.md §2):
// icon 280×65 with a 40×40 image beside the text; small 280×85 with 60×60; large 280×210 with a
// 263×150 image on top. A pure function, tested with numbers; the painter draws what it gives.
struct AppleBubbleGeometry
{
    QSizeF size;
    QRectF image;
    QRectF title;
    QRectF subtitle;
    bool imageOnTop = false;
};

AppleBubbleGeometry appleBubbleGeometry(Auth::BubbleStyle style, bool hasImage = true);

// The texts as Messages shows them: one line each, cut with an ellipsis when too long.
struct FittedText
{
    QString title;
    QString subtitle;
    bool titleTruncated = false;
    bool subtitleTruncated = false;
};

FittedText fitBubbleText(const Auth::Bubble &bubble, const AppleBubbleGeometry &geometry,
                         const QFont &titleFont, const QFont &subtitleFont);

// Apple's fonts at bubble size (SF-like metrics from the system font).
QFont bubbleTitleFont();
QFont bubbleSubtitleFont();

// The image pixel sizes Apple recommends for each style (@3x).
QSize recommendedImagePixels(Auth::BubbleStyle style);

} // namespace Signet::Ui
