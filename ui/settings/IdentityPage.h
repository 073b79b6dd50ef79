#pragma once

#include "settings/SettingsPage.h"

#include <QPointer>

class QLabel;
class QLineEdit;

namespace Signet {
class SecretStore;
}

namespace Signet::Ui {

// Identity provider: where a desk on a remote hub checks a customer's token (userinfo, and
// introspection with a client id and secret for the expiry). The secret goes to the keychain,
// never to the settings file; the field stays empty and typing in it replaces the stored one.
class IdentityPage : public SettingsPage
{
    Q_OBJECT
public:
    IdentityPage(SecretStore *secrets, QWidget *parent = nullptr);

    QString title() const override { return tr("Identity provider"); }
    void load(const DeskSettings &settings) override;
    QString validationError() const override;
    void save(DeskSettings &settings) override;

signals:
    // The keychain refused the client secret (the reason, for the agent).
    void secretNotSaved(const QString &reason);

private:
    QPointer<SecretStore> m_secrets;
    QLineEdit *m_issuer;
    QLineEdit *m_userinfo;
    QLineEdit *m_introspection;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLabel *m_secretState;
};

} // namespace Signet::Ui
