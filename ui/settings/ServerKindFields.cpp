#include "settings/ServerKindFields.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

void addServerKinds(QComboBox *kinds)
{
    kinds->addItem(QCoreApplication::translate("ServerKind", "A signet-hub, by its address"),
                   int(ServerEndpoint::Kind::SignetHub));
    kinds->addItem(
        QCoreApplication::translate(
            "ServerKind", "A LivePerson-style account, by account ID and discovery domain"),
        int(ServerEndpoint::Kind::LivePersonAccount));
    kinds->setAccessibleName(QCoreApplication::translate("ServerKind", "Kind of server"));
    kinds->setAccessibleDescription(QCoreApplication::translate(
        "ServerKind",
        "A signet-hub is reached by its address; a LivePerson-style account by its account ID "
        "and the domain that tells where its login and messaging servers are"));
    kinds->setToolTip(kinds->accessibleDescription());
}

void showServerKind(ServerEndpoint::Kind kind, QFormLayout *form, QLineEdit *address,
                    QLineEdit *account, const QString &accountLabel, const QString &accountIdLabel)
{
    const bool hub = kind == ServerEndpoint::Kind::SignetHub;
    auto *addressName = qobject_cast<QLabel *>(form->labelForField(address));
    auto *accountName = qobject_cast<QLabel *>(form->labelForField(account));
    addressName->setText(hub ? QCoreApplication::translate("ServerKind", "Server &URL")
                             : QCoreApplication::translate("ServerKind", "Discovery &domain"));
    accountName->setText(hub ? accountLabel : accountIdLabel);
    address->setPlaceholderText(hub ? u"https://hub.example.com:8443"_s
                                    : u"adminlogin.liveperson.net"_s);
    address->setToolTip(
        hub ? QCoreApplication::translate("ServerKind",
                                          "The signet-hub's address: https://host:port")
            : QCoreApplication::translate(
                  "ServerKind", "The domain that tells where the account's login and messaging "
                                "servers are (host or host:port; always over https)"));
    account->setPlaceholderText(hub ? u"signet"_s : u"12345678"_s);
    account->setToolTip(
        hub ? QCoreApplication::translate("ServerKind",
                                          "The account on the server (signet for a signet-hub)")
            : QCoreApplication::translate("ServerKind", "The account ID (LivePerson's site ID)"));
    address->setAccessibleName(addressName->text().remove(u'&'));
    address->setAccessibleDescription(address->toolTip());
    account->setAccessibleName(accountName->text().remove(u'&'));
    account->setAccessibleDescription(account->toolTip());
}

} // namespace Signet::Ui
