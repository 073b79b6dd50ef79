#pragma once

#include "settings/DeskSettings.h"
#include "settings/SettingsPage.h"

class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Signet::Ui {

// Servers: the profiles the agent connects to by name (a signet-hub's address or a LivePerson-style
// account's discovery domain, the account, user and, for a self-signed hub, its certificate
// fingerprint). Connect… opens the connection dialog for one;
// passwords are asked there and never stored here.
class ServersPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ServersPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Servers"); }
    void load(const DeskSettings &settings) override;
    QString validationError() const override;
    void save(DeskSettings &settings) override;

    QList<DeskSettings::ServerProfile> profiles() const;

signals:
    void connectRequested(const Signet::ServerEndpoint &endpoint);

private:
    // url is the address of a signet-hub, or the discovery domain of a LivePerson-style account.
    struct Row
    {
        QString name, url, account, user, fingerprint;
        ServerEndpoint::Kind kind = ServerEndpoint::Kind::SignetHub;
    };
    void showKind(ServerEndpoint::Kind kind);
    void showRow(int row);
    void storeRow();
    void refreshButtons();
    static QString rowProblem(const Row &row);

    QList<Row> m_rows;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QFormLayout *m_formLayout = nullptr;
    QLineEdit *m_url;
    QLineEdit *m_account;
    QLineEdit *m_user;
    QLineEdit *m_fingerprint;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_connect;
    QWidget *m_form;
    bool m_showing = false;
};

} // namespace Signet::Ui
