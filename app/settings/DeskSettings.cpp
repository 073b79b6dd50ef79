#include "settings/DeskSettings.h"

#include "logging/Logging.h"
#include "transport/CertificatePin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace Signet {

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    DeskSettings::Key key;
    const char *name;
    QVariant fallback;
};

const Entry &entry(DeskSettings::Key key)
{
    static const Entry table[] = {
        {DeskSettings::Key::ServerUrl, "server/url", QString()},
        {DeskSettings::Key::ServerKind, "server/kind", u"signet-hub"_s},
        {DeskSettings::Key::ServerAccount, "server/account", u"signet"_s},
        {DeskSettings::Key::ServerUser, "server/user", QString()},
        {DeskSettings::Key::ServerCertificateFingerprint, "server/certificateFingerprint",
         QString()},
        {DeskSettings::Key::RememberPassword, "server/rememberPassword", false},
        {DeskSettings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {DeskSettings::Key::WindowState, "window/state", QByteArray()},
        {DeskSettings::Key::SplitterState, "window/splitter", QByteArray()},
        {DeskSettings::Key::BrandPresets, "signIn/presets", QString()},
        {DeskSettings::Key::ImageHosts, "signIn/imageHosts", QStringList()},
        {DeskSettings::Key::SignInExpiryMinutes, "signIn/expiryMinutes", 10},
        {DeskSettings::Key::BrandName, "signIn/brandName", QString()},
        {DeskSettings::Key::IdentityIssuer, "identity/issuer", QString()},
        {DeskSettings::Key::IdentityUserinfoUrl, "identity/userinfoUrl", QString()},
        {DeskSettings::Key::IdentityIntrospectionUrl, "identity/introspectionUrl", QString()},
        {DeskSettings::Key::IdentityClientId, "identity/clientId", QString()},
        {DeskSettings::Key::DesktopNotifications, "attention/notifications", true},
        {DeskSettings::Key::NotificationSound, "attention/sound", false},
        {DeskSettings::Key::NotificationText, "attention/showText", true},
        {DeskSettings::Key::TrayIcon, "attention/trayIcon", true},
        {DeskSettings::Key::EscalationWarningSeconds, "attention/warningAfterSeconds", 60},
        {DeskSettings::Key::EscalationUrgentSeconds, "attention/urgentAfterSeconds", 120},
        {DeskSettings::Key::ServerProfiles, "server/profiles", QString()},
        {DeskSettings::Key::Theme, "appearance/theme", u"system"_s},
        {DeskSettings::Key::Language, "appearance/language", QString()},
        {DeskSettings::Key::CannedResponses, "composer/cannedResponses", QString()},
    };
    for (const Entry &e : table) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

DeskSettings::DeskSettings()
    : m_settings(new QSettings)
{}

DeskSettings::DeskSettings(const QString &iniPath)
    : m_settings(new QSettings(iniPath, QSettings::IniFormat))
{}

DeskSettings::~DeskSettings()
{
    delete m_settings;
}

QVariant DeskSettings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_settings->value(QLatin1StringView(e.name), e.fallback);
}

void DeskSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1StringView(entry(key).name), value);
}

QList<Auth::BrandPreset> DeskSettings::brandPresets() const
{
    const QList<Auth::BrandPreset> presets = Auth::BrandPreset::fromJson(
        QJsonDocument::fromJson(value(Key::BrandPresets).toString().toUtf8()).array());
    return presets.isEmpty() ? QList<Auth::BrandPreset>{Auth::BrandPreset::builtIn()} : presets;
}

void DeskSettings::setBrandPresets(const QList<Auth::BrandPreset> &presets)
{
    setValue(Key::BrandPresets,
             QString::fromUtf8(
                 QJsonDocument(Auth::BrandPreset::toJson(presets)).toJson(QJsonDocument::Compact)));
}

QString DeskSettings::identityClientSecretKey() const
{
    return u"identity-client-secret:%1@%2"_s.arg(identityClientId(), identityIntrospectionUrl());
}

ServerEndpoint DeskSettings::serverEndpoint() const
{
    ServerEndpoint e;
    e.kind = ServerEndpoint::kindFromName(value(Key::ServerKind).toString());
    e.baseUrl = QUrl(serverUrl());
    e.account = serverAccount();
    e.username = serverUser();
    const QString pin = serverCertificateFingerprint();
    if (!pin.isEmpty()) {
        if (Result<QByteArray> digest = CertificatePin::parse(pin))
            e.certificatePin = digest.value();
        else // the system's CAs still verify the server; the bad entry is named in the log
            qCWarning(lcTransport) << "ignored server/certificateFingerprint:" << digest.error();
    }
    return e;
}

void DeskSettings::setServerEndpoint(const ServerEndpoint &endpoint)
{
    setServerUrl(endpoint.baseUrl.toString());
    setValue(Key::ServerKind, ServerEndpoint::kindName(endpoint.kind));
    setServerAccount(endpoint.account);
    setServerUser(endpoint.username);
    setValue(Key::ServerCertificateFingerprint,
             endpoint.certificatePin.isEmpty() ? QString()
                                               : CertificatePin::text(endpoint.certificatePin));
}

QString DeskSettings::passwordKey() const
{
    return u"password:%1@%2/%3"_s.arg(serverUser(), serverUrl(), serverAccount());
}

void DeskSettings::sync()
{
    m_settings->sync();
}

ConversationFilterModel::EscalationPolicy DeskSettings::escalationPolicy() const
{
    // A hand-edited file cannot make the list flash from the first second or invert the levels.
    ConversationFilterModel::EscalationPolicy policy;
    policy.warningAfterSeconds = std::max(10, value(Key::EscalationWarningSeconds).toInt());
    policy.urgentAfterSeconds =
        std::max(policy.warningAfterSeconds, value(Key::EscalationUrgentSeconds).toInt());
    return policy;
}

void DeskSettings::setEscalationPolicy(const ConversationFilterModel::EscalationPolicy &policy)
{
    setValue(Key::EscalationWarningSeconds, policy.warningAfterSeconds);
    setValue(Key::EscalationUrgentSeconds, policy.urgentAfterSeconds);
}

QList<DeskSettings::ServerProfile> DeskSettings::serverProfiles() const
{
    QList<ServerProfile> out;
    const QJsonArray array =
        QJsonDocument::fromJson(value(Key::ServerProfiles).toString().toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ServerProfile p;
        p.name = o.value("name"_L1).toString();
        p.endpoint.kind = ServerEndpoint::kindFromName(o.value("kind"_L1).toString());
        p.endpoint.baseUrl = QUrl(o.value("url"_L1).toString(), QUrl::StrictMode);
        p.endpoint.account = o.value("account"_L1).toString(u"signet"_s);
        p.endpoint.username = o.value("user"_L1).toString();
        const QString pin = o.value("certificateFingerprint"_L1).toString();
        if (!pin.isEmpty()) {
            Result<QByteArray> digest = CertificatePin::parse(pin);
            if (!digest) {
                qCWarning(lcTransport)
                    << "ignored a server profile's fingerprint:" << digest.error();
                continue; // never connect to it without the pin it was saved with
            }
            p.endpoint.certificatePin = digest.value();
        }
        if (p.name.isEmpty() || !p.endpoint.baseUrl.isValid() ||
            p.endpoint.baseUrl.host().isEmpty())
            continue;
        out << p;
    }
    return out;
}

void DeskSettings::setServerProfiles(const QList<ServerProfile> &profiles)
{
    QJsonArray array;
    for (const ServerProfile &p : profiles) {
        QJsonObject o{{"name"_L1, p.name},
                      {"kind"_L1, ServerEndpoint::kindName(p.endpoint.kind)},
                      {"url"_L1, p.endpoint.baseUrl.toString()},
                      {"account"_L1, p.endpoint.account},
                      {"user"_L1, p.endpoint.username}};
        if (!p.endpoint.certificatePin.isEmpty())
            o.insert("certificateFingerprint"_L1, CertificatePin::text(p.endpoint.certificatePin));
        array.append(o);
    }
    setValue(Key::ServerProfiles,
             QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

QList<Protocol::CannedResponse> DeskSettings::cannedResponses() const
{
    QList<Protocol::CannedResponse> out;
    const QJsonArray array =
        QJsonDocument::fromJson(value(Key::CannedResponses).toString().toUtf8()).array();
    for (const QJsonValue &v : array) {
        const Protocol::CannedResponse r{v.toObject().value("title"_L1).toString().trimmed(),
                                         v.toObject().value("text"_L1).toString()};
        if (!r.title.isEmpty() && !r.text.trimmed().isEmpty())
            out << r;
    }
    return out;
}

void DeskSettings::setCannedResponses(const QList<Protocol::CannedResponse> &responses)
{
    QJsonArray array;
    for (const Protocol::CannedResponse &r : responses)
        array.append(QJsonObject{{"title"_L1, r.title}, {"text"_L1, r.text}});
    setValue(Key::CannedResponses,
             QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

DeskSettings::Theme DeskSettings::theme() const
{
    const QString theme = value(Key::Theme).toString();
    if (theme == "light"_L1)
        return Theme::Light;
    if (theme == "dark"_L1)
        return Theme::Dark;
    return Theme::System;
}

void DeskSettings::setTheme(Theme theme)
{
    setValue(Key::Theme, theme == Theme::Light  ? u"light"_s
                         : theme == Theme::Dark ? u"dark"_s
                                                : u"system"_s);
}

} // namespace Signet
