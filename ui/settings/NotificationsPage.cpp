#include "settings/NotificationsPage.h"

#include "settings/DeskSettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

NotificationsPage::NotificationsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_notifications(new QCheckBox(tr("Show desktop &notifications"), this))
    , m_text(new QCheckBox(tr("Show the message &text in notifications"), this))
    , m_sound(new QCheckBox(tr("Play the notification &sound"), this))
    , m_tray(new QCheckBox(tr("Show an icon in the system &tray"), this))
    , m_warning(new QSpinBox(this))
    , m_urgent(new QSpinBox(this))
{
    m_notifications->setObjectName(u"notifications"_s);
    m_text->setObjectName(u"notificationText"_s);
    m_sound->setObjectName(u"notificationSound"_s);
    m_tray->setObjectName(u"trayIcon"_s);
    m_warning->setObjectName(u"warningAfter"_s);
    m_urgent->setObjectName(u"urgentAfter"_s);
    m_notifications->setToolTip(tr("New conversations, and messages in conversations not on "
                                   "screen, through the desktop's notification service."));
    m_text->setToolTip(tr("Off: notifications say who wrote, never what (for shared screens and "
                          "lock screens)."));
    for (QSpinBox *box : {m_warning, m_urgent}) {
        box->setRange(10, 3600);
        box->setSuffix(tr(" s"));
    }
    m_warning->setAccessibleName(tr("Amber after (seconds)"));
    m_urgent->setAccessibleName(tr("Red after (seconds)"));
    m_warning->setToolTip(tr("Seconds of waiting before the list marks the conversation amber"));
    m_urgent->setToolTip(tr("Seconds of waiting before the list marks the conversation red"));
    m_sound->setToolTip(tr("The notification service plays its message sound"));
    m_tray->setToolTip(tr("The tray icon counts unread messages and offers"));

    auto *alerts = new QGroupBox(tr("Alerts"), this);
    auto *alertsLayout = new QVBoxLayout(alerts);
    for (QCheckBox *box : {m_notifications, m_text, m_sound, m_tray})
        alertsLayout->addWidget(box);
    auto *waiting = new QGroupBox(tr("Waiting customers"), this);
    auto *form = new QFormLayout(waiting);
    form->addRow(tr("&Amber after"), m_warning);
    form->addRow(tr("&Red after"), m_urgent);
    auto *explain = new QLabel(tr("How long a customer has waited for an answer before the list "
                                  "marks the conversation."),
                               waiting);
    explain->setWordWrap(true);
    form->addRow(explain);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(alerts);
    layout->addWidget(waiting);
    layout->addStretch();

    connect(m_notifications, &QCheckBox::toggled, this, [this](bool on) {
        m_text->setEnabled(on);
        m_sound->setEnabled(on);
        emit edited();
    });
    for (QCheckBox *box : {m_text, m_sound, m_tray})
        connect(box, &QCheckBox::toggled, this, &SettingsPage::edited);
    for (QSpinBox *box : {m_warning, m_urgent})
        connect(box, &QSpinBox::valueChanged, this, &SettingsPage::edited);
}

void NotificationsPage::load(const DeskSettings &settings)
{
    m_notifications->setChecked(settings.desktopNotifications());
    m_text->setChecked(settings.notificationText());
    m_sound->setChecked(settings.notificationSound());
    m_tray->setChecked(settings.trayIcon());
    m_text->setEnabled(m_notifications->isChecked());
    m_sound->setEnabled(m_notifications->isChecked());
    const auto policy = settings.escalationPolicy();
    m_warning->setValue(policy.warningAfterSeconds);
    m_urgent->setValue(policy.urgentAfterSeconds);
}

QString NotificationsPage::validationError() const
{
    if (m_urgent->value() < m_warning->value())
        return tr("Red must come after amber: set “Red after” to %1 s or more.")
            .arg(m_warning->value());
    return {};
}

void NotificationsPage::save(DeskSettings &settings)
{
    settings.setDesktopNotifications(m_notifications->isChecked());
    settings.setNotificationText(m_text->isChecked());
    settings.setNotificationSound(m_sound->isChecked());
    settings.setTrayIcon(m_tray->isChecked());
    ConversationFilterModel::EscalationPolicy policy;
    policy.warningAfterSeconds = m_warning->value();
    policy.urgentAfterSeconds = m_urgent->value();
    settings.setEscalationPolicy(policy);
}

} // namespace Signet::Ui
