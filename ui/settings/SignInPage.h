#pragma once

#include "auth/BrandPreset.h"
#include "settings/SettingsPage.h"

#include <QStringList>

#include <optional>

class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QLabel;
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
    // The list a team's hub enforces: shown instead of this desk's own, which stays as it was.
    // None: this desk's list, which its built-in hub enforces.
    void setTeamImageHosts(const std::optional<QStringList> &hosts);

private:
    void refreshPresets();
    QStringList hosts() const;

    QList<Auth::BrandPreset> m_presets;
    QLineEdit *m_brand;
    QSpinBox *m_expiry;
    QPlainTextEdit *m_hosts;
    QLabel *m_hostsNote;
    QString m_ownHosts; // this desk's list as edited, while the team's is shown
    std::optional<QStringList> m_teamHosts;
    QListWidget *m_presetList;
    QPushButton *m_makeDefault;
    QPushButton *m_removePreset;
};

} // namespace Signet::Ui
