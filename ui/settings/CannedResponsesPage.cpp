#include "settings/CannedResponsesPage.h"

#include "settings/DeskSettings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

CannedResponsesPage::CannedResponsesPage(QWidget *parent)
    : SettingsPage(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_table->setObjectName(u"personalCannedResponses"_s);
    m_table->setAccessibleName(tr("Your canned responses"));
    m_table->setAccessibleDescription(tr("A title you type after “/”, and its text"));
    m_add->setToolTip(tr("Add a response"));
    m_remove->setToolTip(tr("Remove the chosen response"));
    m_add->setObjectName(u"addCannedResponse"_s);
    m_remove->setObjectName(u"removeCannedResponse"_s);
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Text")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    auto *explain = new QLabel(tr("Type “/” and a few letters of a title in the message box to "
                                  "insert one. {customer} becomes the customer's first name, "
                                  "{agent} your name."),
                               this);
    explain->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(tr("new-response")));
        m_table->setItem(row, 1, new QTableWidgetItem());
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
        emit edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit edited();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &SettingsPage::edited);
}

void CannedResponsesPage::load(const DeskSettings &settings)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const Protocol::CannedResponse &r : settings.cannedResponses()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(r.title));
        m_table->setItem(row, 1, new QTableWidgetItem(r.text));
    }
}

QString CannedResponsesPage::validationError() const
{
    QSet<QString> titles;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString title =
            m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString text = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (title.isEmpty() || title.contains(u' ') || title.size() > 40)
            return tr("Row %1: a title is one word of at most 40 characters (it follows “/”).")
                .arg(row + 1);
        if (text.trimmed().isEmpty())
            return tr("Row %1 (%2): write the response's text.").arg(row + 1).arg(title);
        if (text.size() > 2000)
            return tr("Row %1 (%2): the text is longer than 2000 characters.")
                .arg(row + 1)
                .arg(title);
        if (titles.contains(title.toCaseFolded()))
            return tr("There are two responses titled “%1”.").arg(title);
        titles.insert(title.toCaseFolded());
    }
    return {};
}

void CannedResponsesPage::save(DeskSettings &settings)
{
    QList<Protocol::CannedResponse> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out.append({m_table->item(row, 0)->text().trimmed(), m_table->item(row, 1)->text()});
    settings.setCannedResponses(out);
}

} // namespace Signet::Ui
