#pragma once

#include "Result.h"
#include "auth/AuthResponseBinder.h"
#include "auth/AuthTracker.h"
#include "auth/IdentityVerifier.h"
#include "auth/SignInService.h"
#include "conversation/DeskSession.h"
#include "keys/KeyRing.h"
#include "settings/DeskSettings.h"
#include "transport/AgentConnection.h"
#include "transport/ServerEndpoint.h"

#include <QDir>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Signet {
class DeskSettings;
class SecretStore;
namespace Hub {
class HubServer;
}
} // namespace Signet

namespace Signet::Ui {

class MainWindow;
class ImageLoader;
class DesktopAttention;
class SettingsDialog;
class FreedesktopNotifier;

// Puts the desk together: with no server configured it starts a signet-hub in-process on loopback
// with demo customers and signs in as the demo agent; otherwise it connects to the configured
// server with the password from the keychain (or asks for it).
class DeskApp : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl server; // --server: connect here instead of the configured server
        // --discovery-domain: server is a LivePerson-style account's discovery domain (https).
        ServerEndpoint::Kind serverKind = ServerEndpoint::Kind::SignetHub;
        QString account;           // --account (empty: as configured)
        QString user;              // --user
        QByteArray certificatePin; // --fingerprint: the server certificate to trust
        QString dataDirectory;     // where the embedded hub keeps its database
        QString stateDirectory;    // the desk's own state (sign-in request states)
        double demoTimeScale = 1.0;
        bool forceEmbedded = false; // ignore any configured server
        bool demoSignIn = true;     // demo customers sign in by themselves when asked
        // --theme: this run's theme, whatever the settings say (screenshots in light and dark).
        std::optional<DeskSettings::Theme> theme;
    };

    DeskApp(Options options, DeskSettings *settings, SecretStore *secrets,
            QObject *parent = nullptr);
    ~DeskApp() override;

    void start();
    MainWindow *window() const { return m_window.get(); }
    DeskSession *session() const { return m_session; }
    Hub::HubServer *embeddedHub() const { return m_hub.get(); }
    KeyRing *keyRing() const { return m_keyRing; }
    // A launch's links (signet://conversation/<id>): the window comes forward and each
    // conversation opens, now or once the hub has sent it (a link followed at start-up). What
    // cannot be opened is said in the status bar.
    void openLinks(const QStringList &links);
    // How long a link waits for its conversation to arrive.
    static constexpr int kLinkWaitMs = 30000;
    // Settings → Preferences… (window-modal); the dialog while it is open.
    void openPreferences();
    SettingsDialog *preferences() const;
    // Re-applies every setting that takes effect at once (after the dialog wrote them).
    void applySettings();
    // The composer's canned responses: the agent's own (settings) and the team's (hub).
    void refreshCannedResponses();
    void refreshImageHosts();
    // Notifications, tray icon and taskbar requests for the window's attention.
    DesktopAttention *desktopAttention() const { return m_desktop; }

    // Request keys older than this are left over from a crash or a closed desk (a sign-in request
    // expires after minutes); they are deleted at start-up.
    static constexpr std::chrono::hours kStaleKeyAge{24};

    // Renders the window after the demo has loaded — customers arrived, one conversation accepted,
    // answered and replied to — and saves it as PNG. done gets the outcome.
    // Which screenshot: the desk after the tour, the sign-in composer, or the desk once the
    // customer has signed in.
    // Supervisor: the demo supervisor's live view, monitoring the agent's conversation with a
    // private note; Review: the review window with a search and a transcript open.
    enum class ScreenshotScene { Desk, Composer, SignedIn, History, Supervisor, Review };
    void takeScreenshot(const QString &path, ScreenshotScene scene,
                        std::function<void(const Status &)> done);
    // Each step of the screenshot tour as it happens, in words (the headless demo prints them).
    void setTourProgress(std::function<void(const QString &)> progress)
    {
        m_tourProgress = std::move(progress);
    }
    Auth::SignInService *signIn() const { return m_signIn; }
    Auth::AuthTracker *authTracker() const { return m_tracker.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    Auth::AuthResponseBinder *responseBinder() const { return m_binder; }
    // The customer's web page for a conversation on the built-in hub (empty URL otherwise).
    QUrl customerPageUrl(const QString &convId) const;

private:
    // The built-in hub (started if it is not running), logged in as its demo agent or supervisor.
    Status startEmbedded(bool supervisor = false);
    void showSupervisorScene(const std::function<void(QWidget *)> &save,
                             const std::function<void(const Status &)> &done, bool review);
    void startConfigured();
    void askForServer(const QString &problem = QString());
    // online: a connection already logged in to endpoint (the one Connect to Server tried).
    void connectTo(const ServerEndpoint &endpoint, const QString &password,
                   AgentConnection *online = nullptr);
    void openKeyRing();
    void tourStep(const QString &step);
    void runDemoTour(std::function<void(const Status &)> then);
    // A remote hub's brand provider, from settings (the client secret from the keychain).
    void configureRemoteVerifier();

    Options m_options;
    DeskSettings *m_settings;
    SecretStore *m_secrets;
    KeyRing *m_keyRing;
    std::unique_ptr<Auth::AuthTracker> m_tracker;
    // What the agent sent that no hub confirmed yet, kept across restarts (outbox.json).
    std::unique_ptr<Outbox> m_outbox;
    ImageLoader *m_images;
    QPointer<Auth::SignInService> m_signIn;
    Auth::IdentityVerifier *m_verifier;
    QPointer<Auth::AuthResponseBinder> m_binder;
    QString m_stateDirectory;
    std::unique_ptr<MainWindow> m_window;
    FreedesktopNotifier *m_notifier;
    DesktopAttention *m_desktop;
    QPointer<SettingsDialog> m_preferences;
    QString m_language;    // the language this run started in
    QString m_pendingLink; // a linked conversation not (yet) on this desk
    QTimer *m_linkTimer;
    std::function<void(const QString &)> m_tourProgress;
    bool m_demoPlayed = false; // the built-in hub's demo customers have arrived once this run
    std::unique_ptr<Hub::HubServer> m_hub;
    QPointer<AgentConnection> m_connection;
    QPointer<DeskSession> m_session;
};

} // namespace Signet::Ui
