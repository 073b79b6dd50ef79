#include "customer/HistoryPanel.h"
#include "Theme.h"

#include "Icons.h"
#include "chat/BubbleLayout.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

namespace {
constexpr int kMargin = 8;
constexpr int kIcon = 16;

// Two lines per conversation: channel and date, with the verified mark; then agent, size and the
// last message, elided.
class HistoryDelegate : public QStyledItemDelegate
{
    Q_DECLARE_TR_FUNCTIONS(Signet::Ui::HistoryDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(option.rect.width(), 2 * option.fontMetrics.height() + 2 * kMargin + 4);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QColor ink =
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = ink;
        dim.setAlphaF(0.65f);
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
        const int line = option.fontMetrics.height();
        const auto channel =
            static_cast<Protocol::ChannelType>(index.data(HistoryModel::ChannelRole).toInt());
        const QString icon =
            channel == Protocol::ChannelType::WebChat ? u"web-chat"_s : u"apple-messages"_s;
        painter->save();
        painter->drawPixmap(r.left(), r.top() + (line - kIcon) / 2,
                            tintedIcon(icon, dim, kIcon, dpr));
        const bool verified = index.data(HistoryModel::VerifiedRole).toBool();
        const QString mark = verified ? tr("✓ verified") : tr("not verified");
        QFont bold = option.font;
        bold.setBold(true);
        const int markWidth = option.fontMetrics.horizontalAdvance(mark);
        const QDateTime started = index.data(HistoryModel::StartedRole).toDateTime().toLocalTime();
        const QString head = u"%1 · %2"_s.arg(index.data(HistoryModel::ChannelNameRole).toString(),
                                              HistoryPanel::dayText(started.date()));
        painter->setFont(bold);
        painter->setPen(ink);
        const QRect headRect(r.left() + kIcon + 6, r.top(), r.width() - kIcon - 12 - markWidth,
                             line);
        painter->drawText(headRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(head, Qt::ElideRight, headRect.width()));
        painter->setFont(option.font);
        painter->setPen(
            verified ? (selected ? ink : Theme::tone(Theme::Tone::Success, option.palette)) : dim);
        painter->drawText(QRect(r.right() - markWidth, r.top(), markWidth, line),
                          Qt::AlignRight | Qt::AlignVCenter, mark);
        const QString agent = index.data(HistoryModel::AgentNameRole).toString();
        const int count = index.data(HistoryModel::MessageCountRole).toInt();
        QString detail = agent.isEmpty() ? tr("No agent") : agent;
        detail += u" · "_s + tr("%n message(s)", nullptr, count);
        const QString last = index.data(HistoryModel::LastTextRole).toString().simplified();
        if (!last.isEmpty())
            detail += u" · "_s + last;
        painter->setPen(dim);
        const QRect detailRect(r.left() + kIcon + 6, r.top() + line + 4, r.width() - kIcon - 6,
                               line);
        painter->drawText(
            detailRect, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
        painter->restore();
    }
};
} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListView(this))
    , m_open(new QPushButton(tr("&Open Transcript"), this))
{
    setObjectName(u"historyPanel"_s);
    m_title->setObjectName(u"historyTitle"_s);
    m_title->setTextFormat(Qt::PlainText); // names and the hub's reasons
    m_title->setWordWrap(true);
    m_list->setObjectName(u"historyList"_s);
    m_list->setModel(&m_model);
    m_list->setItemDelegate(new HistoryDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_open->setObjectName(u"openHistoryTranscript"_s);
    m_open->setToolTip(tr("Open the chosen earlier conversation beside this one"));
    m_open->setEnabled(false);
    connect(m_list, &QListView::activated, this, &HistoryPanel::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &HistoryPanel::openCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_open->setEnabled(current.isValid()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_open, 0, Qt::AlignRight);
    showMessage(tr("Once the customer signs in, their conversations on every channel appear "
                   "here."));
}

QString HistoryPanel::dayText(const QDate &day)
{
    // Short enough for the side panel: "18 Nov", with the year only when it is not this one.
    const bool thisYear = day.year() == QDate::currentDate().year();
    return QLocale().toString(day, thisYear ? u"d MMM"_s : u"d MMM yyyy"_s);
}

QString HistoryPanel::whenText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return dayText(local.date()) + u", "_s + shortTime(local.time());
}

void HistoryPanel::showMessage(const QString &message)
{
    m_model.clear();
    m_title->setText(message);
    m_list->hide();
    m_open->hide();
}

void HistoryPanel::showLoading(const QString &customerName)
{
    m_model.clear();
    m_title->setText(tr("Loading %1's history…").arg(customerName));
    m_list->hide();
    m_open->hide();
}

void HistoryPanel::showHistory(const Protocol::HistoryResponse &history,
                               const QString &liveConversation)
{
    m_model.setHistory(history.conversations, liveConversation);
    const QString who = history.name.isEmpty() ? history.subject : history.name;
    if (m_model.rowCount() == 0) {
        showMessage(tr("No earlier conversations with %1.").arg(who));
        return;
    }
    // Plurals spelled out: the desk ships no English .qm to resolve %n forms.
    const int n = m_model.rowCount();
    m_title->setText(n == 1 ? tr("1 earlier conversation with %1, on every channel:").arg(who)
                            : tr("%1 earlier conversations with %2, on every channel:")
                                  .arg(QString::number(n), who));
    m_list->show();
    m_open->show();
    m_open->setEnabled(m_list->currentIndex().isValid());
}

void HistoryPanel::openCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (index.isValid())
        emit openRequested(index.data(HistoryModel::IdRole).toString());
}

} // namespace Signet::Ui
