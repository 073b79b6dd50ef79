#pragma once

#include "settings/SettingsPage.h"

class QCheckBox;
class QSpinBox;

namespace Signet::Ui {

// Notifications: desktop notifications (and whether they show the message text), their sound, the
// tray icon, and when waiting customers turn the list amber and red.
class NotificationsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit NotificationsPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Notifications"); }
    void load(const DeskSettings &settings) override;
    QString validationError() const override;
    void save(DeskSettings &settings) override;

private:
    QCheckBox *m_notifications;
    QCheckBox *m_text;
    QCheckBox *m_sound;
    QCheckBox *m_tray;
    QSpinBox *m_warning;
    QSpinBox *m_urgent;
};

} // namespace Signet::Ui
