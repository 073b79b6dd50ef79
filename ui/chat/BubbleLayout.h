#pragma once

#include <QDateTime>
#include <QFont>
#include <QRect>
#include <QString>

namespace Signet::Ui {

// What a transcript row shows, independent of the model.
struct MessageView
{
    QString text;
    bool fromCustomer = false;
    QDateTime timestamp;
    QString status; // "Sent", "Read", "Not sent: …" (agent messages)
    QString label;  // who wrote it when that needs saying: "Private note · Sam", "Supervisor Sam"
    bool privateNote = false; // only agents and supervisors see it
    bool warning = false;     // the status is a warning (a sign-in answer this desk refused)
    bool showDaySeparator = false;
};

// Where everything of one transcript row goes, for a given width. Computed by a pure function so
// it can be tested with numbers; the delegate only paints it.
struct BubbleLayout
{
    QSize size;         // the whole row
    QRect daySeparator; // empty when not shown
    QString dayText;
    QRect bubble;
    QRect text;
    QRect meta; // time and delivery state, under the text
    QString metaText;
    bool alignRight = false; // agent messages on the right, customer's on the left
};

namespace BubbleMetrics {
constexpr int kOuterMargin = 12;
constexpr int kPadding = 10;
constexpr int kRowSpacing = 6;
constexpr double kMaxBubbleFraction = 0.72;
constexpr int kMinBubbleWidth = 80;
} // namespace BubbleMetrics

QString dayText(const QDate &day, const QDate &today);
QString shortTime(const QTime &time);
BubbleLayout layoutBubble(const MessageView &message, int width, const QFont &font,
                          const QDate &today);

} // namespace Signet::Ui
