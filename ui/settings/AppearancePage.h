#pragma once

#include "settings/SettingsPage.h"

class QComboBox;

namespace Signet::Ui {

// Appearance: the theme (the system's, light or dark; applied at once) and the language (applied
// when Signet starts again).
class AppearancePage : public SettingsPage
{
    Q_OBJECT
public:
    explicit AppearancePage(QWidget *parent = nullptr);

    QString title() const override { return tr("Appearance"); }
    void load(const DeskSettings &settings) override;
    void save(DeskSettings &settings) override;
    // The languages offered, each in its own words ("Deutsch"), with the code they are saved as.
    static QList<std::pair<QString, QString>> languageChoices();

private:
    QComboBox *m_theme;
    QComboBox *m_language;
};

} // namespace Signet::Ui
