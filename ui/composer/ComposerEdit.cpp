#include "composer/ComposerEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>

namespace Signet::Ui {

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setPlaceholderText(tr("Write a message — Enter sends, Shift+Enter starts a new line"));
}

QSize ComposerEdit::sizeHint() const
{
    return QSize(QPlainTextEdit::sizeHint().width(), fontMetrics().height() * 3 + 16);
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer && m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the list takes it (QCompleter filters the popup's keys)
            return;
        default:
            break;
        }
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        emit submitted();
        event->accept();
        return;
    }
    if (enter) {
        insertPlainText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace Signet::Ui
