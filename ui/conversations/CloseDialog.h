#pragma once

#include "protocol/Values.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QPlainTextEdit;

namespace Signet::Ui {

// Conversation → Close…: how the conversation ended, from the team's dispositions (one must be
// chosen when the team has any), with an optional note for whoever reads it later.
class CloseDialog : public QDialog
{
    Q_OBJECT
public:
    CloseDialog(const QString &customerName, const QList<Protocol::Disposition> &dispositions,
                QWidget *parent = nullptr);

    QString dispositionCode() const;
    QString note() const;

    static constexpr int kMaxNote = 2000;

private:
    void refresh();

    QList<Protocol::Disposition> m_dispositions;
    QButtonGroup *m_choices;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace Signet::Ui
