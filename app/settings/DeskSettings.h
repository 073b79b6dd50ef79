#pragma once

#include "transport/ServerEndpoint.h"

#include "auth/BrandPreset.h"
#include "conversation/ConversationFilterModel.h"
#include "protocol/Values.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

class QSettings;

namespace Signet {

// Typed settings over one table of keys and defaults. Widgets use this, never QSettings. Secrets
// never come here: a remembered password lives in the keychain only.
class DeskSettings
{
public:
    enum class Key {
        ServerUrl,
        ServerKind,
        ServerAccount,
        ServerUser,
        ServerCertificateFingerprint,
        RememberPassword,
        WindowGeometry,
        WindowState,
        SplitterState,
        BrandPresets,
        ImageHosts,
        SignInExpiryMinutes,
        BrandName,
        IdentityIssuer,
        IdentityUserinfoUrl,
        IdentityIntrospectionUrl,
        IdentityClientId,
        DesktopNotifications,
        NotificationSound,
        NotificationText,
        TrayIcon,
        EscalationWarningSeconds,
        EscalationUrgentSeconds,
        ServerProfiles,
        Theme,
        Language,
        CannedResponses,
    };

    // A server the agent connects to now and then, by name (the password, if remembered, is in the
    // keychain under the same key as for the active server).
    struct ServerProfile
    {
        QString name;
        ServerEndpoint endpoint;
    };
    enum class Theme { System, Light, Dark };

    // organisation/application as set on QCoreApplication; tests pass a file path.
    DeskSettings();
    explicit DeskSettings(const QString &iniPath);
    ~DeskSettings();
    DeskSettings(const DeskSettings &) = delete;
    DeskSettings &operator=(const DeskSettings &) = delete;

    QString serverUrl() const { return value(Key::ServerUrl).toString(); }
    void setServerUrl(const QString &url) { setValue(Key::ServerUrl, url); }
    QString serverAccount() const { return value(Key::ServerAccount).toString(); }
    void setServerAccount(const QString &account) { setValue(Key::ServerAccount, account); }
    QString serverUser() const { return value(Key::ServerUser).toString(); }
    void setServerUser(const QString &user) { setValue(Key::ServerUser, user); }
    // The pinned certificate fingerprint (CertificatePin text; empty: the system's CAs decide).
    QString serverCertificateFingerprint() const
    {
        return value(Key::ServerCertificateFingerprint).toString();
    }
    // Where to connect, as the settings say (URL, account, user, pinned certificate), and back.
    ServerEndpoint serverEndpoint() const;
    void setServerEndpoint(const ServerEndpoint &endpoint);
    bool rememberPassword() const { return value(Key::RememberPassword).toBool(); }
    void setRememberPassword(bool remember) { setValue(Key::RememberPassword, remember); }
    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
    void setWindowGeometry(const QByteArray &g) { setValue(Key::WindowGeometry, g); }
    QByteArray windowState() const { return value(Key::WindowState).toByteArray(); }
    void setWindowState(const QByteArray &s) { setValue(Key::WindowState, s); }
    QByteArray splitterState() const { return value(Key::SplitterState).toByteArray(); }
    void setSplitterState(const QByteArray &s) { setValue(Key::SplitterState, s); }

    // Sign-in bubbles: the brand's presets (the built-in one when none are saved), the hosts bubble
    // images may come from, and how long a request waits for the customer.
    QList<Auth::BrandPreset> brandPresets() const;
    void setBrandPresets(const QList<Auth::BrandPreset> &presets);
    QStringList imageHosts() const { return value(Key::ImageHosts).toStringList(); }
    void setImageHosts(const QStringList &hosts) { setValue(Key::ImageHosts, hosts); }
    // The business name the customer sees (the lock-screen notification in the preview).
    QString brandName() const { return value(Key::BrandName).toString(); }
    void setBrandName(const QString &name) { setValue(Key::BrandName, name); }
    // The brand's identity provider, for desks on a remote hub (the built-in hub is its own):
    // where to ask who a token belongs to (userinfo) and until when (introspection, as clientId;
    // its secret lives in the keychain under identityClientSecretKey()).
    QString identityIssuer() const { return value(Key::IdentityIssuer).toString(); }
    void setIdentityIssuer(const QString &issuer) { setValue(Key::IdentityIssuer, issuer); }
    QString identityUserinfoUrl() const { return value(Key::IdentityUserinfoUrl).toString(); }
    void setIdentityUserinfoUrl(const QString &url) { setValue(Key::IdentityUserinfoUrl, url); }
    QString identityIntrospectionUrl() const
    {
        return value(Key::IdentityIntrospectionUrl).toString();
    }
    void setIdentityIntrospectionUrl(const QString &url)
    {
        setValue(Key::IdentityIntrospectionUrl, url);
    }
    QString identityClientId() const { return value(Key::IdentityClientId).toString(); }
    void setIdentityClientId(const QString &id) { setValue(Key::IdentityClientId, id); }
    QString identityClientSecretKey() const;
    int signInExpiryMinutes() const { return value(Key::SignInExpiryMinutes).toInt(); }
    void setSignInExpiryMinutes(int minutes) { setValue(Key::SignInExpiryMinutes, minutes); }

    // Getting the agent's attention: desktop notifications (with the message text, or only who
    // wrote: screens are shared and lock screens show notifications), the notification service's
    // sound, and the tray icon with its count.
    bool desktopNotifications() const { return value(Key::DesktopNotifications).toBool(); }
    void setDesktopNotifications(bool on) { setValue(Key::DesktopNotifications, on); }
    bool notificationSound() const { return value(Key::NotificationSound).toBool(); }
    void setNotificationSound(bool on) { setValue(Key::NotificationSound, on); }
    bool notificationText() const { return value(Key::NotificationText).toBool(); }
    void setNotificationText(bool on) { setValue(Key::NotificationText, on); }
    bool trayIcon() const { return value(Key::TrayIcon).toBool(); }
    void setTrayIcon(bool on) { setValue(Key::TrayIcon, on); }

    // When a customer's wait turns the list amber, then red (seconds since the unanswered message).
    ConversationFilterModel::EscalationPolicy escalationPolicy() const;
    void setEscalationPolicy(const ConversationFilterModel::EscalationPolicy &policy);

    // The agent's own canned responses (the team's come from the hub).
    QList<Protocol::CannedResponse> cannedResponses() const;
    void setCannedResponses(const QList<Protocol::CannedResponse> &responses);

    // Saved servers, in the agent's order; a profile with an unreadable address is left out.
    QList<ServerProfile> serverProfiles() const;
    void setServerProfiles(const QList<ServerProfile> &profiles);

    // Appearance: the theme (the system's, or Signet's light or dark palette) and the language
    // (empty: the system's; otherwise "en", "de", "fr" or "es"), which applies at the next start.
    Theme theme() const;
    void setTheme(Theme theme);
    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString &language) { setValue(Key::Language, language); }
    static QStringList languages()
    {
        return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                QStringLiteral("es")};
    }

    // The keychain entry that holds the remembered password for the configured server.
    QString passwordKey() const;
    void sync();

private:
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QSettings *m_settings;
};

} // namespace Signet
