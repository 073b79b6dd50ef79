#pragma once

#include <QPlainTextEdit>

namespace Signet::Ui {

// The message box: Enter sends, Shift+Enter inserts a new line.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;

signals:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Signet::Ui
