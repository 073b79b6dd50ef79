#include "settings/AppearancePage.h"

#include "settings/DeskSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

AppearancePage::AppearancePage(QWidget *parent)
    : SettingsPage(parent)
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    m_theme->setObjectName(u"theme"_s);
    m_language->setObjectName(u"language"_s);
    m_theme->setToolTip(tr("The colours of the desk; applied at once"));
    m_language->setToolTip(tr("The language of the desk; applied when Signet starts again"));
    m_theme->addItem(tr("Same as the system"), int(DeskSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(DeskSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(DeskSettings::Theme::Dark));
    for (const auto &[name, code] : languageChoices())
        m_language->addItem(name, code);
    auto *note = new QLabel(tr("A new language applies when Signet starts again."), this);
    note->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Theme"), m_theme);
    form->addRow(tr("&Language"), m_language);
    form->addRow(note);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsPage::edited);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::edited);
}

QList<std::pair<QString, QString>> AppearancePage::languageChoices()
{
    // Each language named in itself, so an agent who cannot read the current one finds theirs.
    return {{tr("Same as the system"), QString()},
            {u"English"_s, u"en"_s},
            {u"Deutsch"_s, u"de"_s},
            {u"Français"_s, u"fr"_s},
            {u"Español"_s, u"es"_s}};
}

void AppearancePage::load(const DeskSettings &settings)
{
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme())));
    const int language = m_language->findData(settings.language());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
}

void AppearancePage::save(DeskSettings &settings)
{
    settings.setTheme(static_cast<DeskSettings::Theme>(m_theme->currentData().toInt()));
    settings.setLanguage(m_language->currentData().toString());
}

} // namespace Signet::Ui
