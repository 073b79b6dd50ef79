#pragma once

#include "auth/AppleAuthRequest.h"

#include <QColor>
#include <QImage>
#include <QPalette>

class QPainter;

namespace Signet::Ui {

enum class Appearance { Light, Dark };

// Which customer-side bubble: before signing in, after a successful sign-in (the reply bubble,
// which reuses the received bubble's image), or after a failed one (Apple replaces the reply's
// title and subtitle with "Authentication failed").
enum class BubbleState { Received, SignedIn, Failed };

struct PhonePalette
{
    QColor screen, bubble, title, subtitle, placeholder, caption;
    static PhonePalette of(Appearance appearance);
};

// The bubble the customer's iPhone shows for a state, with its image (a null image paints the
// placeholder with imageNote, e.g. "Loading…").
Auth::Bubble bubbleFor(const Auth::AuthRequestDraft &draft, BubbleState state);
void paintAppleBubble(QPainter &painter, const QPointF &topLeft,
                      const Auth::AuthRequestDraft &draft, BubbleState state, Appearance appearance,
                      const QImage &image, const QString &imageNote);
// The lock-screen notification: app, brand, title; Apple shows no image there.
void paintLockScreenNotification(QPainter &painter, const QRectF &rect,
                                 const Auth::Bubble &received, const QString &sender,
                                 Appearance appearance);
// How the request looks in the agent's own transcript (the body template): image and text side by
// side.
void paintAgentSideBubble(QPainter &painter, const QRectF &rect,
                          const Auth::AuthRequestDraft &draft, const QPalette &palette,
                          const QImage &image);
constexpr qreal kNotificationHeight = 72;
constexpr qreal kAgentSideHeight = 64;

} // namespace Signet::Ui
