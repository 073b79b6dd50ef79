#include "conversations/ConversationDelegate.h"
#include "Theme.h"

#include "Icons.h"
#include "conversation/ConversationListModel.h"
#include "protocol/Values.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace Signet::Ui {

using namespace Qt::StringLiterals;
using Model = ConversationListModel;

namespace {
constexpr int kMargin = 10;
constexpr int kIcon = 20;
} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString ConversationDelegate::waitingText(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    if (seconds < 60)
        return tr("now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, static_cast<int>(minutes));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QColor ConversationDelegate::escalationColor(Escalation level, const QPalette &palette)
{
    switch (level) {
    case Escalation::Warning:
        return Theme::tone(Theme::Tone::Warning, palette);
    case Escalation::Urgent:
        return Theme::tone(Theme::Tone::Error, palette);
    case Escalation::None:
        break;
    }
    return {};
}

QString ConversationDelegate::agentsText(const QModelIndex &index)
{
    const QString agent = index.data(Model::AssignedAgentNameRole).toString();
    QStringList names{agent.isEmpty() ? tr("Waiting for an agent") : agent};
    names << index.data(Model::ManagerNamesRole).toStringList();
    return names.join(u" + "_s);
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(option.rect.width(), 2 * option.fontMetrics.height() + 2 * kMargin + 6);
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor ink = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = ink;
    dim.setAlphaF(0.65f);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int line = option.fontMetrics.height();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool closed = index.data(Model::StateRole).toInt() ==
                        static_cast<int>(Protocol::ConversationState::Closed);
    if (closed)
        painter->setOpacity(0.55);
    const QDateTime waitingSince = index.data(Model::WaitingSinceRole).toDateTime();
    const Escalation escalation =
        closed ? Escalation::None : m_policy.at(waitingSince, QDateTime::currentDateTime());
    const QColor escalated = escalationColor(escalation, palette);
    if (escalated.isValid() || index.data(Model::RingingRole).toBool()) {
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()),
                          escalated.isValid() ? escalated : palette.color(QPalette::Highlight));
    }

    const auto channel = static_cast<Protocol::ChannelType>(index.data(Model::ChannelRole).toInt());
    const QString iconName =
        channel == Protocol::ChannelType::AppleMessages ? u"apple-messages"_s : u"web-chat"_s;
    painter->drawPixmap(r.left(), r.top() + (line - kIcon) / 2 + 2,
                        tintedIcon(iconName, ink, kIcon, dpr));

    const int textLeft = r.left() + kIcon + 8;
    // Right column: waiting time over unread badge.
    const QString waiting =
        closed ? tr("closed") : waitingText(waitingSince, QDateTime::currentDateTime());
    QFont waitingFont = option.font;
    waitingFont.setBold(escalation == Escalation::Urgent); // not by colour alone
    const QFontMetrics waitingMetrics(waitingFont);
    const int rightWidth = std::max(waitingMetrics.horizontalAdvance(waiting), 28);
    const QRect rightColumn(r.right() - rightWidth, r.top(), rightWidth, r.height());
    painter->setFont(waitingFont);
    painter->setPen(escalated.isValid() && !selected ? escalated : dim);
    painter->drawText(QRect(rightColumn.left(), r.top(), rightWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter, waiting);
    painter->setFont(option.font);

    const int unread = index.data(Model::UnreadRole).toInt();
    if (unread > 0) {
        const QString count = unread > 99 ? u"99+"_s : QString::number(unread);
        const int w = std::max(line, option.fontMetrics.horizontalAdvance(count) + 10);
        const QRect badge(rightColumn.right() - w + 1, r.top() + line + 4, w, line);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? palette.color(QPalette::HighlightedText)
                                   : palette.color(QPalette::Highlight));
        painter->drawRoundedRect(badge, line / 2.0, line / 2.0);
        painter->setPen(selected ? palette.color(QPalette::Highlight)
                                 : palette.color(QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, count);
    }

    // Sign-in capability beside the name.
    const bool canSignIn = index.data(Model::SignInSupportedRole).toBool();
    const int lockSize = line - 4;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int nameMax = rightColumn.left() - textLeft - lockSize - 12;
    const QString name = boldMetrics.elidedText(index.data(Model::CustomerNameRole).toString(),
                                                Qt::ElideRight, nameMax);
    painter->setFont(bold);
    painter->setPen(ink);
    painter->drawText(QRect(textLeft, r.top(), nameMax, line), Qt::AlignLeft | Qt::AlignVCenter,
                      name);
    const int lockLeft = textLeft + boldMetrics.horizontalAdvance(name) + 6;
    painter->drawPixmap(
        lockLeft, r.top() + 2,
        tintedIcon(canSignIn ? u"lock"_s : u"lock-off"_s, canSignIn ? ink : dim, lockSize, dpr));
    // Verified: a green check after the lock while the sign-in holds.
    const QDateTime until = index.data(Model::VerifiedUntilRole).toDateTime();
    if (!index.data(Model::VerifiedNameRole).toString().isEmpty() &&
        (!until.isValid() || until > QDateTime::currentDateTime())) {
        const QRectF badge(lockLeft + lockSize + 4, r.top() + 2, lockSize, lockSize);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x2e, 0xa0, 0x43));
        painter->drawEllipse(badge);
        painter->setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPolyline(
            QPolygonF{badge.topLeft() + QPointF(badge.width() * 0.27, badge.height() * 0.52),
                      badge.topLeft() + QPointF(badge.width() * 0.44, badge.height() * 0.70),
                      badge.topLeft() + QPointF(badge.width() * 0.74, badge.height() * 0.33)});
    }

    painter->setFont(option.font);
    painter->setPen(dim);
    const int previewWidth = rightColumn.left() - textLeft - 8;
    const bool typing = index.data(Model::CustomerTypingRole).toBool();
    QString previewText =
        typing ? tr("typing…") : index.data(Model::PreviewRole).toString().simplified();
    if (m_showAgents)
        previewText = agentsText(index) + u" · "_s + previewText;
    const QString preview =
        option.fontMetrics.elidedText(previewText, Qt::ElideRight, previewWidth);
    QFont previewFont = option.font;
    previewFont.setItalic(typing);
    painter->setFont(previewFont);
    painter->drawText(QRect(textLeft, r.top() + line + 4, previewWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter, preview);
    painter->restore();
}

} // namespace Signet::Ui
