#include "conversations/TransferDialog.h"

#include "PlainLabel.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

TransferDialog::TransferDialog(const QString &customerName, const QString &currentSkill,
                               const QString &me, QWidget *parent)
    : QDialog(parent)
    , m_me(me)
    , m_currentSkill(currentSkill)
    , m_toAgent(new QRadioButton(tr("To a &colleague who is online"), this))
    , m_toSkill(new QRadioButton(tr("Back to the &queue of a skill"), this))
    , m_agents(new QListWidget(this))
    , m_skills(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"transferDialog"_s);
    setWindowTitle(tr("Transfer %1").arg(customerName));
    m_toAgent->setObjectName(u"transferToAgent"_s);
    m_toSkill->setObjectName(u"transferToSkill"_s);
    m_toAgent->setToolTip(tr("The colleague gets the conversation at once"));
    m_toSkill->setToolTip(tr("Every other online agent is offered the conversation"));
    m_agents->setObjectName(u"transferAgents"_s);
    m_agents->setAccessibleName(tr("Colleagues online"));
    m_agents->setAccessibleDescription(tr("Colleagues who are online now"));
    m_skills->setObjectName(u"transferSkills"_s);
    m_skills->setAccessibleName(tr("Skill"));
    m_skills->setToolTip(tr("The skill whose queue the conversation joins"));
    m_status->setObjectName(u"transferStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setText(tr("Asking who is online…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Transfer"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Hand the conversation on"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Keep the conversation"));
    m_toSkill->setChecked(true);
    if (!currentSkill.isEmpty())
        m_skills->addItem(currentSkill);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(
        tr("%1 keeps the whole conversation; you will no longer see it.").arg(customerName), this));
    layout->addWidget(m_toAgent);
    layout->addWidget(m_agents, 1);
    layout->addWidget(m_toSkill);
    layout->addWidget(m_skills);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_toAgent, &QRadioButton::toggled, this, &TransferDialog::refresh);
    connect(m_agents, &QListWidget::currentRowChanged, this, &TransferDialog::refresh);
    connect(m_agents, &QListWidget::itemActivated, this, [this] {
        m_toAgent->setChecked(true);
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_skills, &QComboBox::currentIndexChanged, this, &TransferDialog::refresh);
    refresh();
    resize(420, 420);
}

void TransferDialog::setTeam(const Protocol::TeamInfo &team)
{
    m_agents->clear();
    for (const Protocol::TeamMember &member : team.members) {
        if (member.userId == m_me || !member.online)
            continue;
        auto *item = new QListWidgetItem(member.role == "supervisor"_L1
                                             ? tr("%1 (supervisor)").arg(member.displayName)
                                             : member.displayName,
                                         m_agents);
        item->setData(Qt::UserRole, member.userId);
    }
    const QString chosen = m_skills->currentText();
    m_skills->clear();
    QStringList skills = team.skills;
    if (!m_currentSkill.isEmpty() && !skills.contains(m_currentSkill))
        skills.prepend(m_currentSkill);
    m_skills->addItems(skills);
    m_skills->setCurrentIndex(std::max(0, m_skills->findText(chosen)));
    m_status->setText(m_agents->count() == 0 ? tr("No colleague is online just now.") : QString());
    Theme::clearTone(m_status);
    if (m_agents->count() > 0) {
        m_agents->setCurrentRow(0);
        m_toAgent->setChecked(true);
    }
    refresh();
}

void TransferDialog::setTeamError(const QString &error)
{
    m_status->setText(tr("Who is online is not known: %1").arg(error));
    Theme::setTone(m_status, Theme::Tone::Error);
    refresh();
}

QString TransferDialog::agent() const
{
    const QListWidgetItem *item = m_agents->currentItem();
    return m_toAgent->isChecked() && item ? item->data(Qt::UserRole).toString() : QString();
}

QString TransferDialog::skill() const
{
    return m_toSkill->isChecked() ? m_skills->currentText() : QString();
}

void TransferDialog::refresh()
{
    m_toAgent->setEnabled(m_agents->count() > 0);
    m_agents->setEnabled(m_toAgent->isChecked());
    m_skills->setEnabled(m_toSkill->isChecked());
    const bool ready = m_toAgent->isChecked() ? m_agents->currentItem() != nullptr
                                              : !m_skills->currentText().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

} // namespace Signet::Ui
