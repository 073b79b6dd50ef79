#pragma once

#include "protocol/Values.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QRadioButton;

namespace Signet::Ui {

// Conversation → Transfer…: to a colleague who is online now (theirs at once), or back to the
// queue of a skill (offered to every other online agent). Who is online comes from the hub when
// the dialog opens.
class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    TransferDialog(const QString &customerName, const QString &currentSkill, const QString &me,
                   QWidget *parent = nullptr);

    // The team as the hub told it just now.
    void setTeam(const Protocol::TeamInfo &team);
    // The hub could not be asked: say so; transfers to a skill still work.
    void setTeamError(const QString &error);

    // The choice: an agent's user id (empty for a skill) and the skill (empty for an agent).
    QString agent() const;
    QString skill() const;

private:
    void refresh();

    QString m_me;
    QString m_currentSkill;
    QRadioButton *m_toAgent;
    QRadioButton *m_toSkill;
    QListWidget *m_agents;
    QComboBox *m_skills;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace Signet::Ui
