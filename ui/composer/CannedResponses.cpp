#include "composer/CannedResponses.h"

#include "composer/ComposerEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTextDocument>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

namespace {
constexpr int kTextRole = Qt::UserRole + 1;
constexpr int kTitleRole = Qt::UserRole + 2;
} // namespace

CannedResponses::CannedResponses(ComposerEdit *composer)
    : QObject(composer)
    , m_composer(composer)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    m_completer->setWidget(composer);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(kTitleRole);
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setObjectName(u"cannedResponsesPopup"_s);
    m_completer->popup()->setAccessibleName(tr("Canned responses"));
    composer->setCompleter(m_completer);
    connect(composer, &QPlainTextEdit::textChanged, this, &CannedResponses::onTextChanged);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { insert(index.data(kTextRole).toString()); });
}

void CannedResponses::setResponses(const QList<Protocol::CannedResponse> &personal,
                                   const QList<Protocol::CannedResponse> &team)
{
    m_model->clear();
    auto add = [this](const Protocol::CannedResponse &r, const QString &owner) {
        auto *item =
            new QStandardItem(tr("/%1 — %2 (%3)").arg(r.title, r.text.simplified(), owner));
        item->setData(r.text, kTextRole);
        item->setData(r.title, kTitleRole);
        // Tooltips guess at markup like labels do: the team's text is shown as written.
        item->setToolTip(Qt::convertFromPlainText(r.text, Qt::WhiteSpaceNormal));
        m_model->appendRow(item);
    };
    for (const Protocol::CannedResponse &r : personal)
        add(r, tr("yours"));
    for (const Protocol::CannedResponse &r : team)
        add(r, tr("team"));
}

void CannedResponses::setNames(const QString &customer, const QString &agent)
{
    m_customer = customer;
    m_agent = agent;
}

int CannedResponses::count() const
{
    return m_model->rowCount();
}

QString CannedResponses::expand(const QString &text, const QString &customer, const QString &agent)
{
    const QString first = customer.section(u' ', 0, 0, QString::SectionSkipEmpty);
    QString out = text;
    out.replace(u"{customer}"_s, first.isEmpty() ? tr("there") : first);
    out.replace(u"{agent}"_s, agent);
    return out;
}

int CannedResponses::triggerStart(QString *word) const
{
    const QTextCursor cursor = m_composer->textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype slash = line.lastIndexOf(u'/');
    if (slash < 0 || (slash > 0 && !line.at(slash - 1).isSpace()))
        return -1;
    const QString after = line.mid(slash + 1);
    for (QChar c : after) {
        if (c.isSpace())
            return -1; // "/" then a space: a real slash, not a search
    }
    *word = after;
    return cursor.block().position() + int(slash);
}

void CannedResponses::onTextChanged()
{
    QString word;
    if (m_model->rowCount() == 0 || triggerStart(&word) < 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = m_composer->cursorRect();
    rect.setWidth(std::max(360, m_completer->popup()->sizeHintForColumn(0) +
                                    m_completer->popup()->verticalScrollBar()->sizeHint().width()));
    m_completer->complete(rect);
}

void CannedResponses::insert(const QString &text)
{
    QString word;
    const int start = triggerStart(&word);
    if (start < 0)
        return;
    QTextCursor cursor = m_composer->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(m_composer->textCursor().position(), QTextCursor::KeepAnchor);
    cursor.insertText(expand(text, m_customer, m_agent));
    m_composer->setTextCursor(cursor);
    m_completer->popup()->hide();
}

} // namespace Signet::Ui
