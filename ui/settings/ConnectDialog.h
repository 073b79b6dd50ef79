#pragma once

#include "settings/DeskSettings.h"
#include "transport/ServerEndpoint.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Signet::Ui {

// "Connect to server…": a signet-hub's address or a LivePerson-style account (its account id and
// discovery domain), user and password. The password goes to the keychain only if the agent asks
// to remember it; it is never written to settings.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setEndpoint(const ServerEndpoint &endpoint);
    // The saved servers (Settings → Preferences → Servers), to pick one instead of typing.
    void setProfiles(const QList<DeskSettings::ServerProfile> &profiles);
    ServerEndpoint endpoint() const;
    QString password() const;
    void setPassword(const QString &password);
    bool rememberPassword() const;
    void setRememberPassword(bool remember);

    // Empty when the form can be submitted; otherwise what to fix.
    QString validationError() const;

    // With a connector, Connect does not close the dialog: it hands the details to the connector,
    // which tries them (while whatever the desk is connected to goes on) and then calls
    // connected() — the dialog closes — or failed(reason) — it stays open with the reason.
    using Connector = std::function<void(const ServerEndpoint &, const QString &password)>;
    void setConnector(Connector connector) { m_connector = std::move(connector); }
    void connected();
    void failed(const QString &reason);
    bool isConnecting() const { return m_connecting; }

private:
    void validate();
    void submit();
    void setConnecting(bool connecting);
    // Labels, hints and placeholders for the kind of server chosen.
    void showKind();
    ServerEndpoint::Kind kind() const;

    QComboBox *m_profiles;
    QComboBox *m_kind;
    QFormLayout *m_form = nullptr;
    QList<DeskSettings::ServerProfile> m_profileList;
    QLineEdit *m_url;
    QLineEdit *m_account;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_fingerprint;
    QCheckBox *m_remember;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    Connector m_connector;
    bool m_connecting = false;
};

} // namespace Signet::Ui
