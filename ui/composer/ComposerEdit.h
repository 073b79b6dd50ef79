#pragma once

#include <QCompleter>
#include <QPlainTextEdit>
#include <QPointer>

namespace Signet::Ui {

// The message box: Enter sends, Shift+Enter inserts a new line. While a completer's list is open
// (canned responses), Enter, Tab and Escape belong to the list.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    void setCompleter(QCompleter *completer) { m_completer = completer; }

signals:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointer<QCompleter> m_completer;
};

} // namespace Signet::Ui
