#pragma once

#include "transport/ServerEndpoint.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QAction;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Signet {
class DeskSettings;
class SecretStore;
} // namespace Signet

namespace Signet::Ui {

class SettingsPage;

// Settings → Preferences…: servers, identity provider, sign-in requests, canned responses,
// notifications,
// appearance and the list of keyboard shortcuts, one page each. OK and Apply write every page at
// once and only when every page is valid (what is wrong is said under the pages, and the page is
// shown); Cancel leaves the settings as they were.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(DeskSettings *settings, SecretStore *secrets, const QList<QAction *> &shortcuts,
                   QWidget *parent = nullptr);

    // Shows the page with this title (for a menu entry that opens one page).
    void showPage(const QString &title);
    QString validationError() const;
    // Validates and, when valid, writes every page; false (and the problem shown) otherwise.
    bool apply();
    // The image allow-list a team's hub enforces (shown, not editable), or none: the built-in hub
    // follows this desk's own list.
    void setTeamImageHosts(const std::optional<QStringList> &hosts);

signals:
    // The settings were written: the desk applies them.
    void applied();
    void connectRequested(const Signet::ServerEndpoint &endpoint);

private:
    void validate();

    DeskSettings *m_settings;
    QList<SettingsPage *> m_pages;
    class SignInPage *m_signIn = nullptr;
    QListWidget *m_index;
    QStackedWidget *m_stack;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Signet::Ui
