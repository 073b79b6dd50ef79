#include "settings/SettingsDialog.h"

#include "Theme.h"
#include "settings/AppearancePage.h"
#include "settings/CannedResponsesPage.h"
#include "settings/DeskSettings.h"
#include "settings/IdentityPage.h"
#include "settings/NotificationsPage.h"
#include "settings/ServersPage.h"
#include "settings/ShortcutsPage.h"
#include "settings/SignInPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(DeskSettings *settings, SecretStore *secrets,
                               const QList<QAction *> &shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_index(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_index->setObjectName(u"settingsPages"_s);
    m_index->setAccessibleName(tr("Settings pages"));
    m_index->setAccessibleDescription(tr("Choose a page of settings"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save every page and close"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving"));
    m_buttons->button(QDialogButtonBox::Apply)
        ->setToolTip(tr("Save every page and keep the dialog open"));
    m_error->setObjectName(u"settingsError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Error);

    auto *servers = new ServersPage(this);
    auto *identity = new IdentityPage(secrets, this);
    m_signIn = new SignInPage(this);
    m_pages = {servers,
               identity,
               m_signIn,
               new CannedResponsesPage(this),
               new NotificationsPage(this),
               new AppearancePage(this),
               new ShortcutsPage(shortcuts, this)};
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->load(*settings);
        m_index->addItem(page->title());
        m_stack->addWidget(page);
        connect(page, &SettingsPage::edited, this, &SettingsDialog::validate);
    }
    connect(servers, &ServersPage::connectRequested, this, [this](const ServerEndpoint &endpoint) {
        if (!apply())
            return; // the profiles are saved first; a form with a problem is not left behind
        accept();
        emit connectRequested(endpoint);
    });
    connect(identity, &IdentityPage::secretNotSaved, this, [this](const QString &reason) {
        m_error->setText(tr("The client secret was not saved in the keychain: %1").arg(reason));
        m_error->show();
    });
    m_index->setCurrentRow(0);
    m_index->setMaximumWidth(m_index->sizeHintForColumn(0) + 32);
    connect(m_index, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_index);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    resize(720, 520);
    validate();
}

void SettingsDialog::setTeamImageHosts(const std::optional<QStringList> &hosts)
{
    m_signIn->setTeamImageHosts(hosts);
}

void SettingsDialog::showPage(const QString &title)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->title() == title)
            m_index->setCurrentRow(i);
    }
}

QString SettingsDialog::validationError() const
{
    for (SettingsPage *page : m_pages) {
        if (const QString problem = page->validationError(); !problem.isEmpty())
            return tr("%1: %2").arg(page->title(), problem);
    }
    return {};
}

void SettingsDialog::validate()
{
    const QString problem = validationError();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(problem.isEmpty());
}

bool SettingsDialog::apply()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (!m_pages.at(i)->validationError().isEmpty()) {
            m_index->setCurrentRow(i);
            validate();
            return false;
        }
    }
    for (SettingsPage *page : std::as_const(m_pages))
        page->save(*m_settings);
    m_settings->sync();
    emit applied();
    return true;
}

} // namespace Signet::Ui
