#pragma once

#include "settings/SettingsPage.h"

class QPushButton;
class QTableWidget;

namespace Signet::Ui {

// Canned responses: the agent's own (the team's come from the hub and are listed for reference).
// A title is what the agent types after "/" to find it; {customer} and {agent} are filled in.
class CannedResponsesPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit CannedResponsesPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Canned responses"); }
    void load(const DeskSettings &settings) override;
    QString validationError() const override;
    void save(DeskSettings &settings) override;

private:
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Signet::Ui
