#include "settings/SignInPage.h"

#include "settings/AddressCheck.h"
#include "settings/DeskSettings.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

SignInPage::SignInPage(QWidget *parent)
    : SettingsPage(parent)
    , m_brand(new QLineEdit(this))
    , m_expiry(new QSpinBox(this))
    , m_hosts(new QPlainTextEdit(this))
    , m_hostsNote(new QLabel(this))
    , m_presetList(new QListWidget(this))
    , m_makeDefault(new QPushButton(tr("Make &Default"), this))
    , m_removePreset(new QPushButton(tr("&Remove"), this))
{
    m_brand->setObjectName(u"brandName"_s);
    m_expiry->setObjectName(u"signInExpiry"_s);
    m_hosts->setObjectName(u"imageHosts"_s);
    m_hostsNote->setObjectName(u"imageHostsNote"_s);
    m_hostsNote->setTextFormat(Qt::PlainText);
    m_hostsNote->setWordWrap(true);
    m_hostsNote->hide();
    m_presetList->setObjectName(u"brandPresets"_s);
    m_makeDefault->setObjectName(u"makeDefaultPreset"_s);
    m_removePreset->setObjectName(u"removePreset"_s);
    m_brand->setPlaceholderText(tr("The business name customers see"));
    m_expiry->setRange(1, 60);
    m_expiry->setSuffix(tr(" min"));
    m_hosts->setPlaceholderText(u"images.brand.example\ncdn.brand.example"_s);
    m_hosts->setTabChangesFocus(true);
    m_hosts->setAccessibleName(tr("Image hosts, one per line"));
    m_presetList->setAccessibleName(tr("Brand presets"));
    m_expiry->setToolTip(tr("How long a sign-in request waits for the customer"));
    m_hosts->setToolTip(tr("Hosts that bubble images may come from; a host also allows its "
                           "subdomains"));
    m_makeDefault->setToolTip(tr("Use the chosen preset when the composer opens"));
    m_removePreset->setToolTip(tr("Remove the chosen preset"));
    m_presetList->setToolTip(tr("Double-click a preset (or press F2) to rename it."));
    m_presetList->setAccessibleDescription(
        tr("The presets the sign-in composer offers; F2 renames the chosen one"));

    auto *request = new QGroupBox(tr("Requests"), this);
    auto *form = new QFormLayout(request);
    form->addRow(tr("&Business name"), m_brand);
    form->addRow(tr("Requests &expire after"), m_expiry);
    form->addRow(tr("&Image hosts"), m_hosts);
    form->addRow(QString(), m_hostsNote);
    auto *presets = new QGroupBox(tr("Brand presets"), this);
    auto *presetLayout = new QVBoxLayout(presets);
    presetLayout->addWidget(m_presetList);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_makeDefault);
    buttons->addWidget(m_removePreset);
    buttons->addStretch();
    presetLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(request);
    layout->addWidget(presets, 1);

    connect(m_brand, &QLineEdit::textChanged, this, &SettingsPage::edited);
    connect(m_expiry, &QSpinBox::valueChanged, this, &SettingsPage::edited);
    connect(m_hosts, &QPlainTextEdit::textChanged, this, &SettingsPage::edited);
    connect(m_presetList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_presetList->row(item);
        if (row >= 0 && row < m_presets.size()) {
            m_presets[row].name = item->data(Qt::EditRole).toString().trimmed();
            emit edited();
        }
    });
    connect(m_presetList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_makeDefault->setEnabled(row >= 0 && !m_presets.at(row).isDefault);
        m_removePreset->setEnabled(row >= 0);
    });
    connect(m_makeDefault, &QPushButton::clicked, this, [this] {
        const int row = m_presetList->currentRow();
        for (qsizetype i = 0; i < m_presets.size(); ++i)
            m_presets[i].isDefault = i == row;
        refreshPresets();
        m_presetList->setCurrentRow(row);
        emit edited();
    });
    connect(m_removePreset, &QPushButton::clicked, this, [this] {
        const int row = m_presetList->currentRow();
        if (row < 0)
            return;
        const bool wasDefault = m_presets.at(row).isDefault;
        m_presets.removeAt(row);
        if (wasDefault && !m_presets.isEmpty())
            m_presets.first().isDefault = true;
        refreshPresets();
        emit edited();
    });
}

void SignInPage::refreshPresets()
{
    const QSignalBlocker blocker(m_presetList);
    m_presetList->clear();
    for (const Auth::BrandPreset &preset : std::as_const(m_presets)) {
        auto *item = new QListWidgetItem(m_presetList);
        item->setData(Qt::EditRole, preset.name);
        item->setData(Qt::DisplayRole,
                      preset.isDefault ? tr("%1 (default)").arg(preset.name) : preset.name);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_makeDefault->setEnabled(false);
    m_removePreset->setEnabled(false);
}

void SignInPage::load(const DeskSettings &settings)
{
    m_brand->setText(settings.brandName());
    m_expiry->setValue(settings.signInExpiryMinutes());
    m_ownHosts = settings.imageHosts().join(u'\n');
    if (!m_teamHosts)
        m_hosts->setPlainText(m_ownHosts);
    m_presets = settings.brandPresets();
    refreshPresets();
}

void SignInPage::setTeamImageHosts(const std::optional<QStringList> &hosts)
{
    if (hosts == m_teamHosts)
        return;
    if (!m_teamHosts)
        m_ownHosts = m_hosts->toPlainText();
    m_teamHosts = hosts;
    m_hosts->setReadOnly(bool(hosts));
    m_hosts->setPlainText(hosts ? hosts->join(u'\n') : m_ownHosts);
    m_hostsNote->setVisible(bool(hosts));
    if (hosts)
        m_hostsNote->setText(
            hosts->isEmpty()
                ? tr("Your team's hub allows no images in sign-in bubbles. Its administrator "
                     "adds hosts to its team file (imageHosts).")
                : tr("Set by your team's hub, which refuses images from any other host. Its "
                     "administrator changes the list in its team file (imageHosts)."));
}

QStringList SignInPage::hosts() const
{
    QStringList out;
    for (const QString &line : (m_teamHosts ? m_ownHosts : m_hosts->toPlainText()).split(u'\n')) {
        const QString host = line.trimmed().toLower();
        if (!host.isEmpty() && !out.contains(host))
            out << host;
    }
    return out;
}

QString SignInPage::validationError() const
{
    for (const QString &host : hosts()) {
        if (const QString problem = hostProblem(host); !problem.isEmpty())
            return tr("Image hosts: %1 Write one host name per line, without https://.")
                .arg(problem);
    }
    QSet<QString> names;
    for (const Auth::BrandPreset &preset : m_presets) {
        if (preset.name.isEmpty())
            return tr("Every brand preset needs a name.");
        if (names.contains(preset.name.toCaseFolded()))
            return tr("There are two brand presets named “%1”.").arg(preset.name);
        names.insert(preset.name.toCaseFolded());
    }
    return {};
}

void SignInPage::save(DeskSettings &settings)
{
    settings.setBrandName(m_brand->text().trimmed());
    settings.setSignInExpiryMinutes(m_expiry->value());
    settings.setImageHosts(hosts());
    settings.setBrandPresets(m_presets); // none left: the built-in one comes back
}

} // namespace Signet::Ui
