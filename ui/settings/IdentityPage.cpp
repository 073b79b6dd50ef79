#include "settings/IdentityPage.h"

#include "crypto/SecretBytes.h"
#include "keys/SecretStore.h"
#include "settings/AddressCheck.h"
#include "settings/DeskSettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

IdentityPage::IdentityPage(SecretStore *secrets, QWidget *parent)
    : SettingsPage(parent)
    , m_secrets(secrets)
    , m_issuer(new QLineEdit(this))
    , m_userinfo(new QLineEdit(this))
    , m_introspection(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_secretState(new QLabel(this))
{
    m_issuer->setObjectName(u"identityIssuer"_s);
    m_userinfo->setObjectName(u"identityUserinfo"_s);
    m_introspection->setObjectName(u"identityIntrospection"_s);
    m_clientId->setObjectName(u"identityClientId"_s);
    m_secret->setObjectName(u"identityClientSecret"_s);
    m_issuer->setPlaceholderText(u"https://login.brand.example"_s);
    m_userinfo->setPlaceholderText(u"https://login.brand.example/userinfo"_s);
    m_introspection->setPlaceholderText(tr("Optional: …/introspect, for the sign-in's expiry"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_clientId->setToolTip(tr("The desk's client id at the provider, for introspection"));
    m_secret->setPlaceholderText(tr("Type to replace the stored secret"));
    m_secretState->setWordWrap(true);
    auto *explain =
        new QLabel(tr("The built-in demo hub is its own identity provider; these settings are for "
                      "desks on a team's hub, whose customers sign in with the brand's provider."),
                   this);
    explain->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(explain);
    form->addRow(tr("&Issuer"), m_issuer);
    form->addRow(tr("&Userinfo URL"), m_userinfo);
    form->addRow(tr("I&ntrospection URL"), m_introspection);
    form->addRow(tr("&Client id"), m_clientId);
    form->addRow(tr("Client &secret"), m_secret);
    form->addRow(QString(), m_secretState);
    for (QLineEdit *edit : {m_issuer, m_userinfo, m_introspection, m_clientId, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &SettingsPage::edited);
}

void IdentityPage::load(const DeskSettings &settings)
{
    m_issuer->setText(settings.identityIssuer());
    m_userinfo->setText(settings.identityUserinfoUrl());
    m_introspection->setText(settings.identityIntrospectionUrl());
    m_clientId->setText(settings.identityClientId());
    m_secret->clear();
    m_secretState->setText(tr("The secret, when set, is kept in the system keychain."));
}

QString IdentityPage::validationError() const
{
    if (const QString p = addressProblem(m_issuer->text(), false); !p.isEmpty())
        return tr("Issuer: %1").arg(p);
    if (const QString p = addressProblem(m_userinfo->text(), false); !p.isEmpty())
        return tr("Userinfo URL: %1").arg(p);
    if (const QString p = addressProblem(m_introspection->text(), false); !p.isEmpty())
        return tr("Introspection URL: %1").arg(p);
    if (!m_userinfo->text().trimmed().isEmpty() && m_issuer->text().trimmed().isEmpty())
        return tr("Enter the issuer too: tokens are checked against it.");
    if (!m_introspection->text().trimmed().isEmpty() && m_clientId->text().trimmed().isEmpty())
        return tr("Introspection needs the desk's client id.");
    return {};
}

void IdentityPage::save(DeskSettings &settings)
{
    settings.setIdentityIssuer(m_issuer->text().trimmed());
    settings.setIdentityUserinfoUrl(m_userinfo->text().trimmed());
    settings.setIdentityIntrospectionUrl(m_introspection->text().trimmed());
    settings.setIdentityClientId(m_clientId->text().trimmed());
    if (m_secret->text().isEmpty() || !m_secrets)
        return;
    // The key names the client and the endpoint, so it is taken after they are saved.
    QByteArray secret = m_secret->text().toUtf8();
    m_secret->clear();
    m_secrets->write(
        settings.identityClientSecretKey(), Crypto::SecretBytes::takeFrom(secret),
        [page = QPointer<IdentityPage>(this)](const Status &saved) {
            if (!page)
                return;
            if (saved) {
                page->m_secretState->setText(tr("The new secret is in the system keychain."));
            } else {
                page->m_secretState->setText(tr("The secret was not saved: %1").arg(saved.error()));
                emit page->secretNotSaved(saved.error());
            }
        });
}

} // namespace Signet::Ui
