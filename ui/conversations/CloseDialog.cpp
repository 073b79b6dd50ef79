#include "conversations/CloseDialog.h"

#include "PlainLabel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

CloseDialog::CloseDialog(const QString &customerName,
                         const QList<Protocol::Disposition> &dispositions, QWidget *parent)
    : QDialog(parent)
    , m_dispositions(dispositions)
    , m_choices(new QButtonGroup(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"closeDialog"_s);
    setWindowTitle(tr("Close the conversation with %1").arg(customerName));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close Conversation"));
    m_note->setObjectName(u"closeNote"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setToolTip(tr("Kept with the conversation for whoever reads it later"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Keep the conversation open"));
    m_note->setPlaceholderText(tr("Optional: anything the next person should know"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 5);

    auto *layout = new QVBoxLayout(this);
    if (!dispositions.isEmpty()) {
        auto *group = new QGroupBox(tr("How did it end?"), this);
        auto *groupLayout = new QVBoxLayout(group);
        for (int i = 0; i < dispositions.size(); ++i) {
            auto *choice = new QRadioButton(dispositions.at(i).label, group);
            choice->setObjectName(u"disposition-"_s + dispositions.at(i).code);
            choice->setToolTip(tr("How the conversation ended; kept with it and in the audit log"));
            m_choices->addButton(choice, i);
            groupLayout->addWidget(choice);
        }
        layout->addWidget(group);
    } else {
        layout->addWidget(
            plainLabel(tr("Close the conversation with %1?").arg(customerName), this));
    }
    layout->addWidget(new QLabel(tr("&Note"), this));
    qobject_cast<QLabel *>(layout->itemAt(layout->count() - 1)->widget())->setBuddy(m_note);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choices, &QButtonGroup::idClicked, this, &CloseDialog::refresh);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CloseDialog::refresh);
    refresh();
}

QString CloseDialog::dispositionCode() const
{
    const int id = m_choices->checkedId();
    return id >= 0 && id < m_dispositions.size() ? m_dispositions.at(id).code : QString();
}

QString CloseDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void CloseDialog::refresh()
{
    const bool chosen = m_dispositions.isEmpty() || m_choices->checkedId() >= 0;
    const bool noteOk = m_note->toPlainText().size() <= kMaxNote;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen && noteOk);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(!chosen   ? tr("Choose how the conversation ended first.")
                     : !noteOk ? tr("The note is longer than %1 characters.").arg(kMaxNote)
                               : QString());
}

} // namespace Signet::Ui
