#include "settings/ConnectDialog.h"
#include "PlainLabel.h"
#include "Theme.h"

#include "settings/AddressCheck.h"
#include "settings/ServerKindFields.h"
#include "transport/CertificatePin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_profiles(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_fingerprint(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
    , m_error(plainLabel(QString(), this)) // the hub's reasons
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to server"));
    setObjectName(u"connectDialog"_s);
    m_url->setObjectName(u"serverUrl"_s);
    m_account->setObjectName(u"serverAccount"_s);
    m_user->setObjectName(u"serverUser"_s);
    m_password->setObjectName(u"serverPassword"_s);
    m_remember->setObjectName(u"rememberPassword"_s);
    m_fingerprint->setObjectName(u"serverFingerprint"_s);
    m_error->setObjectName(u"connectError"_s);
    m_fingerprint->setPlaceholderText(tr("Optional: SHA256:AB:CD:… for a self-signed server"));
    m_fingerprint->setToolTip(
        tr("Trust exactly this certificate (what signet-hub prints at start), even one no "
           "certificate authority vouches for; any other certificate is then refused."));
    m_account->setText(u"signet"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Connect to the server with these details"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without connecting"));
    m_user->setToolTip(tr("Your user name on that server"));
    m_password->setToolTip(tr("Your password; kept in the keychain only if you ask"));
    m_remember->setToolTip(tr("The next start connects without asking"));

    m_kind->setObjectName(u"serverKind"_s);
    addServerKinds(m_kind);

    m_profiles->setObjectName(u"savedServers"_s);
    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Saved server"), m_profiles);
    form->labelForField(m_profiles)->setObjectName(u"savedServersLabel"_s);
    m_profiles->hide();
    form->labelForField(m_profiles)->hide();
    form->addRow(tr("Connect &to"), m_kind);
    form->addRow(tr("Server &URL"), m_url);
    form->addRow(tr("&Account"), m_account);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("Certificate &fingerprint"), m_fingerprint);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_url, m_account, m_user, m_password, m_fingerprint})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKind();
        validate();
    });
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        if (index <= 0 || index > m_profileList.size())
            return;
        setEndpoint(m_profileList.at(index - 1).endpoint);
        m_password->setFocus();
    });
    showKind();
    validate();
}

ServerEndpoint::Kind ConnectDialog::kind() const
{
    return ServerEndpoint::Kind(m_kind->currentData().toInt());
}

void ConnectDialog::showKind()
{
    showServerKind(kind(), m_form, m_url, m_account, tr("&Account"), tr("&Account ID"));
}

void ConnectDialog::setEndpoint(const ServerEndpoint &endpoint)
{
    m_kind->setCurrentIndex(m_kind->findData(int(endpoint.kind)));
    m_url->setText(endpoint.kind == ServerEndpoint::Kind::LivePersonAccount
                       ? endpoint.discoveryDomain()
                       : endpoint.baseUrl.toString());
    m_account->setText(endpoint.account);
    m_user->setText(endpoint.username);
    m_fingerprint->setText(endpoint.certificatePin.isEmpty()
                               ? QString()
                               : CertificatePin::text(endpoint.certificatePin));
}

void ConnectDialog::setProfiles(const QList<DeskSettings::ServerProfile> &profiles)
{
    m_profileList = profiles;
    m_profiles->clear();
    m_profiles->addItem(tr("(type the address below)"));
    for (const DeskSettings::ServerProfile &p : profiles)
        m_profiles->addItem(p.endpoint.kind == ServerEndpoint::Kind::LivePersonAccount
                                ? tr("%1 — account %2 at %3")
                                      .arg(p.name, p.endpoint.account, p.endpoint.discoveryDomain())
                                : tr("%1 — %2").arg(p.name, p.endpoint.baseUrl.toString()));
    const bool any = !profiles.isEmpty();
    m_profiles->setVisible(any);
    if (auto *label = findChild<QLabel *>(u"savedServersLabel"_s))
        label->setVisible(any);
    // The one the settings name, when it is among them.
    const ServerEndpoint now = endpoint();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const ServerEndpoint &e = profiles.at(i).endpoint;
        if (e.kind == now.kind && e.baseUrl == now.baseUrl && e.username == now.username &&
            e.account == now.account)
            m_profiles->setCurrentIndex(int(i) + 1);
    }
}

ServerEndpoint ConnectDialog::endpoint() const
{
    ServerEndpoint e;
    e.kind = kind();
    e.baseUrl = e.kind == ServerEndpoint::Kind::LivePersonAccount
                    ? ServerEndpoint::discoveryUrl(m_url->text())
                    : QUrl(m_url->text().trimmed());
    e.account = m_account->text().trimmed();
    e.username = m_user->text().trimmed();
    if (Result<QByteArray> pin = CertificatePin::parse(m_fingerprint->text()))
        e.certificatePin = pin.value();
    return e;
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

QString ConnectDialog::validationError() const
{
    const ServerEndpoint e = endpoint();
    const QString scheme = e.baseUrl.scheme();
    if (e.kind == ServerEndpoint::Kind::LivePersonAccount) {
        if (const QString problem = liveAccountProblem(m_url->text(), m_account->text());
            !problem.isEmpty())
            return problem;
    }
    if (m_url->text().trimmed().isEmpty())
        return tr("Enter the server's address.");
    if (!e.baseUrl.isValid() || e.baseUrl.host().isEmpty() ||
        (scheme != "https"_L1 && scheme != "http"_L1))
        return tr("The address must look like https://hub.example.com:8443");
    if (scheme == "http"_L1 && !e.isLoopback())
        return tr("Use https:// — unencrypted connections are only allowed to this computer.");
    if (e.account.isEmpty())
        return tr("Enter the account (signet for a signet-hub).");
    if (e.username.isEmpty())
        return tr("Enter your user name.");
    if (m_password->text().isEmpty())
        return tr("Enter your password.");
    if (!m_fingerprint->text().trimmed().isEmpty()) {
        if (Result<QByteArray> pin = CertificatePin::parse(m_fingerprint->text()); !pin)
            return pin.error();
        if (scheme != "https"_L1)
            return tr("A certificate fingerprint needs an https:// address.");
    }
    return {};
}

void ConnectDialog::validate()
{
    if (m_connecting)
        return;
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty() && !m_url->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void ConnectDialog::submit()
{
    if (!validationError().isEmpty() || m_connecting)
        return;
    if (!m_connector) {
        accept();
        return;
    }
    setConnecting(true);
    const ServerEndpoint chosen = endpoint();
    m_error->setText(tr("Connecting to %1 and signing in…").arg(chosen.baseUrl.host()));
    m_error->setVisible(true);
    Theme::clearTone(m_error);
    m_connector(chosen, password());
}

void ConnectDialog::setConnecting(bool connecting)
{
    m_connecting = connecting;
    for (QWidget *w : std::initializer_list<QWidget *>{m_profiles, m_kind, m_url, m_account, m_user,
                                                       m_password, m_fingerprint, m_remember})
        w->setEnabled(!connecting);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!connecting);
}

void ConnectDialog::connected()
{
    setConnecting(false);
    accept();
}

void ConnectDialog::failed(const QString &reason)
{
    setConnecting(false);
    validate();
    m_error->setText(tr("Could not connect: %1").arg(reason));
    Theme::setTone(m_error, Theme::Tone::Error);
    m_error->setVisible(true);
}

} // namespace Signet::Ui
