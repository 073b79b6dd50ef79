#pragma once

#include "settings/SettingsPage.h"

class QAction;
class QTableWidget;

namespace Signet::Ui {

// Keyboard shortcuts: every menu command that has one, as the menus show it (read-only).
class ShortcutsPage : public SettingsPage
{
    Q_OBJECT
public:
    ShortcutsPage(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QString title() const override { return tr("Keyboard shortcuts"); }
    void load(const DeskSettings &) override {}
    void save(DeskSettings &) override {}
    int rows() const;

private:
    QTableWidget *m_table;
};

} // namespace Signet::Ui
