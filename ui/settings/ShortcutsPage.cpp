#include "settings/ShortcutsPage.h"

#include <QAction>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

ShortcutsPage::ShortcutsPage(const QList<QAction *> &actions, QWidget *parent)
    : SettingsPage(parent)
    , m_table(new QTableWidget(this))
{
    m_table->setObjectName(u"shortcuts"_s);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setAccessibleDescription(tr("Every menu command that has a keyboard shortcut"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList shown;
        for (const QKeySequence &key : keys)
            shown << key.toString(QKeySequence::NativeText);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString name = action->text();
        name.remove(u'&');
        name.remove(u"…"_s);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem(shown.join(tr(" or "))));
    }
    m_table->sortItems(0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

int ShortcutsPage::rows() const
{
    return m_table->rowCount();
}

} // namespace Signet::Ui
