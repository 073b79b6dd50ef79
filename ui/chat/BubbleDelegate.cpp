#include "chat/BubbleDelegate.h"
#include "Theme.h"

#include "auth/AuthTracker.h"
#include "conversation/MessageListModel.h"

#include <QPainter>
#include <QTextOption>

namespace Signet::Ui {

using namespace Qt::StringLiterals;
using Delivery = MessageListModel::Delivery;

BubbleDelegate::BubbleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor BubbleDelegate::noteColor(const QColor &base, float amberShare)
{
    const QColor amber(0xf5, 0xb7, 0x00);
    const float keep = 1.0f - amberShare;
    return QColor::fromRgbF(base.redF() * keep + amber.redF() * amberShare,
                            base.greenF() * keep + amber.greenF() * amberShare,
                            base.blueF() * keep + amber.blueF() * amberShare);
}

MessageView BubbleDelegate::viewOf(const QModelIndex &index) const
{
    MessageView view;
    view.text = index.data(MessageListModel::TextRole).toString();
    view.fromCustomer = index.data(MessageListModel::FromCustomerRole).toBool();
    view.timestamp = index.data(MessageListModel::TimestampRole).toDateTime().toLocalTime();
    if (!view.fromCustomer) {
        switch (static_cast<Delivery>(index.data(MessageListModel::DeliveryRole).toInt())) {
        case Delivery::Pending:
            view.status = BubbleDelegate::tr("Sending…");
            break;
        case Delivery::Sent:
            view.status = BubbleDelegate::tr("Sent");
            break;
        case Delivery::Delivered:
            view.status = BubbleDelegate::tr("Delivered");
            break;
        case Delivery::Read:
            view.status = BubbleDelegate::tr("Read");
            break;
        case Delivery::Failed:
            view.status = index.data(MessageListModel::ErrorRole).toString();
            break;
        }
    }
    // Notes and a supervisor's messages say who wrote them.
    const QString author = index.data(MessageListModel::OriginatorRole).toString();
    const QString name = m_names ? m_names(author) : author;
    view.privateNote = index.data(MessageListModel::AgentsOnlyRole).toBool();
    if (view.privateNote)
        view.label = tr("Private note · %1").arg(name);
    else if (index.data(MessageListModel::SenderRole).toInt() ==
             static_cast<int>(Protocol::ParticipantRole::Manager))
        view.label = tr("Supervisor %1").arg(name);
    // A sign-in request shows as a card with the request's live state.
    const QString requestId = index.data(MessageListModel::AuthRequestIdRole).toString();
    if (!requestId.isEmpty()) {
        view.text = tr("Sign-in request: %1").arg(view.text);
        const auto request = m_tracker ? m_tracker->request(requestId) : std::nullopt;
        if (request) {
            view.status = Auth::AuthTracker::stateText(request->state);
            if (!request->reason.isEmpty())
                view.status += u": "_s + request->reason;
        } else {
            const QString outcome = m_outcomes ? m_outcomes(requestId) : QString();
            view.status = outcome.isEmpty() ? tr("sent from another desk") : outcome;
        }
    }
    // The customer's answer to a sign-in ("You're signed in"): whether this desk accepted it.
    const QString answers = index.data(MessageListModel::AnswersRequestRole).toString();
    if (!answers.isEmpty() && m_tracker) {
        const auto request = m_tracker->request(answers);
        if (request && request->state == Auth::AuthTracker::State::Failed) {
            view.status =
                tr("Sign-in not accepted: %1")
                    .arg(request->reason.isEmpty() ? tr("no reason given") : request->reason);
            view.warning = true;
        }
    }
    const QModelIndex previous = index.sibling(index.row() - 1, 0);
    view.showDaySeparator =
        !previous.isValid() ||
        previous.data(MessageListModel::TimestampRole).toDateTime().toLocalTime().date() !=
            view.timestamp.date();
    return view;
}

BubbleLayout BubbleDelegate::layoutFor(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    return layoutBubble(viewOf(index), option.rect.width(), fontFor(option, index),
                        QDate::currentDate());
}

QFont BubbleDelegate::fontFor(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    // Sign-in request cards are bold: laid out and painted with the same font.
    QFont font = option.font;
    font.setBold(!index.data(MessageListModel::AuthRequestIdRole).toString().isEmpty());
    return font;
}

QSize BubbleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString identity = index.data(MessageListModel::LocalIdRole).toString() + u'#' +
                             index.data(MessageListModel::SequenceRole).toString();
    const QString key = identity + u'@' + QString::number(option.rect.width()) + u'/' +
                        QString::number(index.row());
    if (const auto it = m_sizeCache.constFind(key); it != m_sizeCache.constEnd())
        return *it;
    const QSize size = layoutFor(option, index).size;
    m_sizeCache.insert(key, size);
    return size;
}

void BubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const MessageView view = viewOf(index); // built once: it looks the request up in the tracker
    const BubbleLayout layout =
        layoutBubble(view, option.rect.width(), fontFor(option, index), QDate::currentDate());
    const QPalette &palette = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());

    if (!layout.daySeparator.isEmpty()) {
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(layout.daySeparator, Qt::AlignCenter, layout.dayText);
    }

    const bool failed =
        index.data(MessageListModel::DeliveryRole).toInt() == static_cast<int>(Delivery::Failed);
    const bool card = !index.data(MessageListModel::AuthRequestIdRole).toString().isEmpty();
    // A private note looks like a sticky note, never like something the customer was sent: amber
    // over the palette's base (so it reads in light and dark), dashed, in the normal text colour.
    const bool note = view.privateNote;
    const QColor base = palette.color(QPalette::Base);
    const QColor fill = card                ? base
                        : note              ? noteColor(base)
                        : layout.alignRight ? palette.color(QPalette::Highlight)
                                            : palette.color(QPalette::AlternateBase);
    const QColor ink = layout.alignRight && !card && !note
                           ? palette.color(QPalette::HighlightedText)
                           : palette.color(QPalette::Text);
    painter->setPen(card   ? QPen(palette.color(QPalette::Highlight), 1.5)
                    : note ? QPen(Theme::tone(Theme::Tone::Note, palette), 1.2, Qt::DashLine)
                    : layout.alignRight ? QPen(Qt::NoPen)
                                        : QPen(palette.color(QPalette::Mid), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(layout.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 14, 14);

    painter->setPen(ink);
    painter->setFont(fontFor(option, index));
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    painter->drawText(QRectF(layout.text), view.text, wrap);
    painter->setFont(option.font);

    QColor metaInk = ink;
    metaInk.setAlphaF(0.7f);
    if (failed)
        metaInk = layout.alignRight && !note ? palette.color(QPalette::HighlightedText)
                                             : Theme::tone(Theme::Tone::Error, palette);
    if (view.warning)
        metaInk = Theme::tone(Theme::Tone::Error, palette);
    painter->setPen(metaInk);
    const QString meta =
        option.fontMetrics.elidedText(layout.metaText, Qt::ElideRight, layout.meta.width());
    painter->drawText(
        layout.meta, (layout.alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, meta);
    painter->restore();
}

} // namespace Signet::Ui
