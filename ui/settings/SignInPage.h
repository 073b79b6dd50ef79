#pragma once

#include "auth/BrandPreset.h"
#include "settings/SettingsPage.h"

class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QLineEdit;

namespace Signet::Ui {

// Sign-in requests: the business name the customer sees, how long a request waits, the hosts
// bubble images may come from, and the brand presets (made in the composer with “Save as preset”;
// renamed, made the default or removed here).
class SignInPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit SignInPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Sign-in requests"); }
    void load(const DeskSettings &settings) override;
    QString validationError() const override;
    void save(DeskSettings &settings) override;

private:
    void refreshPresets();
    QStringList hosts() const;

    QList<Auth::BrandPreset> m_presets;
    QLineEdit *m_brand;
    QSpinBox *m_expiry;
    QPlainTextEdit *m_hosts;
    QListWidget *m_presetList;
    QPushButton *m_makeDefault;
    QPushButton *m_removePreset;
};

} // namespace Signet::Ui
