#include "settings/ServersPage.h"

#include "settings/AddressCheck.h"
#include "settings/ServerKindFields.h"
#include "transport/CertificatePin.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

ServersPage::ServersPage(QWidget *parent)
    : SettingsPage(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_fingerprint(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_connect(new QPushButton(tr("&Connect…"), this))
    , m_form(new QWidget(this))
{
    m_list->setObjectName(u"serverProfiles"_s);
    m_list->setAccessibleName(tr("Saved servers"));
    m_list->setAccessibleDescription(tr("The servers you connect to by name"));
    m_add->setToolTip(tr("Add a server to the list"));
    m_remove->setToolTip(tr("Remove the chosen server from the list"));
    m_name->setToolTip(tr("What the server is called in the connection dialog"));
    m_user->setToolTip(tr("Your user name on that server"));
    m_name->setObjectName(u"profileName"_s);
    m_kind->setObjectName(u"profileKind"_s);
    addServerKinds(m_kind);
    m_url->setObjectName(u"profileUrl"_s);
    m_account->setObjectName(u"profileAccount"_s);
    m_user->setObjectName(u"profileUser"_s);
    m_fingerprint->setObjectName(u"profileFingerprint"_s);
    m_add->setObjectName(u"addProfile"_s);
    m_remove->setObjectName(u"removeProfile"_s);
    m_connect->setObjectName(u"connectProfile"_s);
    m_fingerprint->setPlaceholderText(tr("Optional: SHA256:AB:CD:… for a self-signed server"));
    m_connect->setToolTip(tr("Connect to this server (asks for the password)"));

    auto *form = new QFormLayout(m_form);
    m_formLayout = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Connect &to"), m_kind);
    form->addRow(tr("Server &URL"), m_url);
    form->addRow(tr("A&ccount"), m_account);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("Certificate &fingerprint"), m_fingerprint);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_connect);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_form);

    connect(m_list, &QListWidget::currentRowChanged, this, &ServersPage::showRow);
    for (QLineEdit *edit : {m_name, m_url, m_account, m_user, m_fingerprint})
        connect(edit, &QLineEdit::textEdited, this, &ServersPage::storeRow);
    connect(m_kind, &QComboBox::activated, this, [this] {
        showKind(ServerEndpoint::Kind(m_kind->currentData().toInt()));
        storeRow();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_rows.append({tr("New server"), QString(), u"signet"_s, QString(), QString(),
                       ServerEndpoint::Kind::SignetHub});
        m_list->addItem(m_rows.last().name);
        m_list->setCurrentRow(int(m_rows.size()) - 1);
        m_name->setFocus();
        m_name->selectAll();
        emit edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_rows.removeAt(row);
        delete m_list->takeItem(row);
        refreshButtons();
        emit edited();
    });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || !rowProblem(m_rows.at(row)).isEmpty())
            return;
        emit connectRequested(profiles().at(row).endpoint);
    });
    showRow(-1);
}

void ServersPage::load(const DeskSettings &settings)
{
    m_rows.clear();
    m_list->clear();
    for (const DeskSettings::ServerProfile &p : settings.serverProfiles()) {
        const bool live = p.endpoint.kind == ServerEndpoint::Kind::LivePersonAccount;
        m_rows.append({p.name, live ? p.endpoint.discoveryDomain() : p.endpoint.baseUrl.toString(),
                       p.endpoint.account, p.endpoint.username,
                       p.endpoint.certificatePin.isEmpty()
                           ? QString()
                           : CertificatePin::text(p.endpoint.certificatePin),
                       p.endpoint.kind});
        m_list->addItem(p.name);
    }
    m_list->setCurrentRow(m_rows.isEmpty() ? -1 : 0);
    showRow(m_list->currentRow());
}

void ServersPage::showRow(int row)
{
    m_showing = true;
    const bool valid = row >= 0 && row < m_rows.size();
    const Row r = valid ? m_rows.at(row) : Row{};
    m_name->setText(r.name);
    m_kind->setCurrentIndex(m_kind->findData(int(r.kind)));
    showKind(r.kind);
    m_url->setText(r.url);
    m_account->setText(r.account);
    m_user->setText(r.user);
    m_fingerprint->setText(r.fingerprint);
    m_form->setEnabled(valid);
    m_showing = false;
    refreshButtons();
}

void ServersPage::showKind(ServerEndpoint::Kind kind)
{
    showServerKind(kind, m_formLayout, m_url, m_account, tr("A&ccount"), tr("A&ccount ID"));
}

void ServersPage::storeRow()
{
    const int row = m_list->currentRow();
    if (m_showing || row < 0)
        return;
    Row &r = m_rows[row];
    r = {m_name->text().trimmed(),        m_url->text().trimmed(),
         m_account->text().trimmed(),     m_user->text().trimmed(),
         m_fingerprint->text().trimmed(), ServerEndpoint::Kind(m_kind->currentData().toInt())};
    m_list->item(row)->setText(r.name.isEmpty() ? tr("(no name)") : r.name);
    refreshButtons();
    emit edited();
}

void ServersPage::refreshButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_connect->setEnabled(row >= 0 && rowProblem(m_rows.at(row)).isEmpty());
}

QString ServersPage::rowProblem(const Row &row)
{
    if (row.name.isEmpty())
        return tr("Every server needs a name.");
    // A LivePerson-style account is always reached over https.
    const bool live = row.kind == ServerEndpoint::Kind::LivePersonAccount;
    if (const QString problem =
            live ? liveAccountProblem(row.url, row.account) : addressProblem(row.url, true);
        !problem.isEmpty())
        return tr("%1: %2").arg(row.name, problem);
    if (row.account.isEmpty())
        return tr("%1: enter the account (signet for a signet-hub).").arg(row.name);
    if (!row.fingerprint.isEmpty()) {
        if (Result<QByteArray> pin = CertificatePin::parse(row.fingerprint); !pin)
            return tr("%1: %2").arg(row.name, pin.error());
        if (!live && !row.url.startsWith("https://"_L1))
            return tr("%1: a certificate fingerprint needs an https:// address.").arg(row.name);
    }
    return {};
}

QString ServersPage::validationError() const
{
    QSet<QString> names;
    for (const Row &row : m_rows) {
        if (const QString problem = rowProblem(row); !problem.isEmpty())
            return problem;
        if (names.contains(row.name.toCaseFolded()))
            return tr("There are two servers named “%1”.").arg(row.name);
        names.insert(row.name.toCaseFolded());
    }
    return {};
}

QList<DeskSettings::ServerProfile> ServersPage::profiles() const
{
    QList<DeskSettings::ServerProfile> out;
    for (const Row &row : m_rows) {
        DeskSettings::ServerProfile p;
        p.name = row.name;
        p.endpoint.kind = row.kind;
        p.endpoint.baseUrl = row.kind == ServerEndpoint::Kind::LivePersonAccount
                                 ? ServerEndpoint::discoveryUrl(row.url)
                                 : QUrl(row.url);
        p.endpoint.account = row.account;
        p.endpoint.username = row.user;
        if (Result<QByteArray> pin = CertificatePin::parse(row.fingerprint))
            p.endpoint.certificatePin = pin.value();
        out << p;
    }
    return out;
}

void ServersPage::save(DeskSettings &settings)
{
    settings.setServerProfiles(profiles());
}

} // namespace Signet::Ui
