#include "DeskApp.h"

#include "HubServer.h"
#include "MainWindow.h"
#include "Theme.h"
#include "attention/DesktopAttention.h"
#include "attention/FreedesktopNotifier.h"
#include "attention/TrayIcon.h"
#include "auth/BrandPreset.h"
#include "authbubble/AuthBubbleComposer.h"
#include "authbubble/ImageLoader.h"
#include "conversation/DeskSession.h"
#include "conversation/HistoryModel.h"
#include "crypto/RandomToken.h"
#include "instance/DeskLink.h"
#include "keys/SecretStore.h"
#include "logging/Logging.h"
#include "review/ReviewWindow.h"
#include "settings/ConnectDialog.h"
#include "settings/DeskSettings.h"
#include "settings/SettingsDialog.h"
#include "transport/AgentConnection.h"

#include <QDesktopServices>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <memory>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

namespace {
const auto kDemoAgent = "demo-agent"_L1;
const auto kDemoSupervisor = "demo-supervisor"_L1;
constexpr quint16 kEmbeddedHubPort = 8479;

// Polls until ready() holds or the time is up, then calls then(ok).
void waitFor(QObject *context, std::function<bool()> ready, int timeoutMs,
             std::function<void(bool)> then)
{
    auto *timer = new QTimer(context);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, context, [timer, clock, ready, timeoutMs, then] {
        const bool ok = ready();
        if (ok || clock->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            then(ok);
        }
    });
    timer->start(50);
}
} // namespace

DeskApp::DeskApp(Options options, DeskSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(settings)
    , m_secrets(secrets)
    , m_keyRing(new KeyRing(secrets, this))
    , m_images(new NetworkImageLoader(this))
    , m_verifier(new Auth::IdentityVerifier(this))
    , m_stateDirectory(m_options.stateDirectory.isEmpty()
                           ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                           : m_options.stateDirectory)
    , m_window(std::make_unique<MainWindow>())
{
    m_tracker = std::make_unique<Auth::AuthTracker>(
        QDir(m_stateDirectory).filePath(u"auth-requests.json"_s));
    m_outbox = std::make_unique<Outbox>(QDir(m_stateDirectory).filePath(u"outbox.json"_s));
    m_notifier = new FreedesktopNotifier(QDBusConnection::sessionBus(), this);
    m_desktop = new DesktopAttention(m_window.get(), m_notifier, m_settings,
                                     QDBusConnection::sessionBus(), this);
    m_notifier->setFallback(m_desktop->tray()->systemTrayIcon());
    m_window->setEscalationPolicy(m_settings->escalationPolicy());
    m_language = m_settings->language();
    Theme::apply(m_options.theme.value_or(m_settings->theme()));
    connect(m_window.get(), &MainWindow::preferencesRequested, this, &DeskApp::openPreferences);
    m_linkTimer = new QTimer(this);
    m_linkTimer->setSingleShot(true);
    m_linkTimer->setInterval(kLinkWaitMs);
    connect(m_linkTimer, &QTimer::timeout, this, [this] {
        m_window->statusBar()->showMessage(
            tr("Conversation %1 is not on this desk (it may belong to another agent).")
                .arg(std::exchange(m_pendingLink, QString())),
            15000);
    });
    connect(m_window.get(), &MainWindow::connectToServerRequested, this,
            [this] { askForServer(); });
    connect(m_window.get(), &MainWindow::playCustomerRequested, this,
            [this](const QString &convId) {
                const QUrl url = customerPageUrl(convId);
                if (url.isEmpty()) {
                    m_window->statusBar()->showMessage(
                        convId.isEmpty() ? tr("Choose a conversation first.")
                                         : tr("Playing the customer works with the built-in demo "
                                              "hub (File → Use the Demo Hub)."),
                        10000);
                    return;
                }
                QDesktopServices::openUrl(url);
            });
    connect(m_window.get(), &MainWindow::useDemoHubRequested, this, [this] {
        m_settings->setServerUrl(QString());
        m_settings->sync();
        if (m_hub && m_session && !m_session->isSupervisor())
            return; // already on the demo hub as its agent
        if (Status started = startEmbedded(); !started)
            QMessageBox::warning(m_window.get(), tr("Demo hub"), started.error());
    });
    connect(m_window.get(), &MainWindow::useDemoHubAsSupervisorRequested, this, [this] {
        m_settings->setServerUrl(QString());
        m_settings->sync();
        if (Status started = startEmbedded(true); !started)
            QMessageBox::warning(m_window.get(), tr("Demo hub"), started.error());
    });
}

DeskApp::~DeskApp()
{
    // The window goes first: it observes the session, which observes the connection.
    m_window.reset();
    delete m_binder.data();
    delete m_signIn.data();
    delete m_session.data();
    delete m_connection.data();
}

QUrl DeskApp::customerPageUrl(const QString &convId) const
{
    if (!m_hub || convId.isEmpty() || !m_hub->store().conversation(convId))
        return {};
    return m_hub->customerPageUrl(convId);
}

void DeskApp::openKeyRing()
{
    m_tracker->setExpiry(std::chrono::minutes(qMax(1, m_settings->signInExpiryMinutes())));
    if (const Status loaded = m_tracker->load(); !loaded)
        m_window->statusBar()->showMessage(loaded.error(), 15000);
    if (const Status loaded = m_outbox->load(); !loaded)
        m_window->statusBar()->showMessage(loaded.error(), 30000);
    m_keyRing->open([this](const Status &opened) {
        m_window->setSignIn(m_signIn, m_settings, m_images); // the gate depends on the keychain
        if (!opened) {
            // Chat goes on; only sign-in requests need the keychain. Never a plaintext fallback.
            m_window->statusBar()->showMessage(
                tr("Sign-in requests are unavailable: %1").arg(opened.error()), 0);
            return;
        }
        m_keyRing->sweepStale(kStaleKeyAge, [](Result<int> swept) {
            if (!swept)
                qCWarning(lcKeys) << "stale key sweep failed:" << swept.error();
        });
    });
}

void DeskApp::start()
{
    openKeyRing();
    if (m_options.server.isValid()) {
        ServerEndpoint endpoint = m_settings->serverEndpoint();
        endpoint.kind = m_options.serverKind;
        endpoint.baseUrl = m_options.server;
        if (!m_options.account.isEmpty())
            endpoint.account = m_options.account;
        if (!m_options.user.isEmpty())
            endpoint.username = m_options.user;
        endpoint.certificatePin = m_options.certificatePin;
        m_settings->setServerEndpoint(endpoint);
        askForServer();
        return;
    }
    if (!m_options.forceEmbedded && !m_settings->serverUrl().isEmpty()) {
        startConfigured();
        return;
    }
    if (Status started = startEmbedded(); !started) {
        m_window->statusBar()->showMessage(started.error());
        QMessageBox::critical(
            m_window.get(), tr("Signet"),
            tr("The built-in demo hub could not start:\n%1").arg(started.error()));
    }
}

Status DeskApp::startEmbedded(bool supervisor)
{
    if (m_hub) {
        // Already running (the demo, switching between its agent and its supervisor).
        const QString user = supervisor ? QString(kDemoSupervisor) : QString(kDemoAgent);
        const QString password = Crypto::randomToken(24);
        if (Status saved = m_hub->store().upsertAgent(
                user, supervisor ? tr("Priya (demo supervisor)") : tr("Alex (demo agent)"),
                supervisor ? u"supervisor"_s : u"agent"_s, password);
            !saved)
            return saved;
        ServerEndpoint endpoint;
        endpoint.baseUrl = QUrl(m_hub->baseUrl());
        endpoint.username = user;
        connectTo(endpoint, password);
        return Done{};
    }
    Hub::HubOptions options;
    options.address = QHostAddress::LocalHost;
    // The same port each time when it is free: the built-in provider's issuer is the hub's URL, so
    // identities (and the History tab) carry over from one run to the next.
    options.port = kEmbeddedHubPort;
    options.databasePath = QDir(m_options.dataDirectory).filePath(u"hub.sqlite"_s);
    options.demo = true;
    options.demoTimeScale = m_options.demoTimeScale;
    options.demoSignIn = m_options.demoSignIn;
    // Coming back to the demo in the same run does not replay it.
    options.demoArrivals = !m_demoPlayed;
    m_demoPlayed = true;
    options.team.imageHosts = m_settings->imageHosts();
    m_hub = std::make_unique<Hub::HubServer>(options);
    Result<quint16> port = m_hub->start();
    if (!port) {
        options.port = 0; // taken (another desk?): any free port
        m_hub = std::make_unique<Hub::HubServer>(options);
        port = m_hub->start();
    }
    if (!port) {
        m_hub.reset();
        return fail(port.error());
    }
    // The embedded hub is also the brand's identity provider; the desk introspects as its client.
    const Hub::OAuthClient &desk = m_hub->oauthClient(Hub::OAuthClient::Endpoint::Introspection);
    m_verifier->setProvider({m_hub->baseUrl(), QUrl(m_hub->baseUrl() + u"/oauth/userinfo"_s),
                             QUrl(m_hub->baseUrl() + u"/oauth/introspect"_s), desk.id,
                             desk.secret});
    // The demo users' passwords are new on every login and never leave this process.
    return startEmbedded(supervisor);
}

void DeskApp::configureRemoteVerifier()
{
    Auth::IdentityVerifier::Provider provider;
    provider.issuer = m_settings->identityIssuer();
    provider.userinfo = QUrl(m_settings->identityUserinfoUrl());
    provider.introspection = QUrl(m_settings->identityIntrospectionUrl());
    provider.clientId = m_settings->identityClientId();
    // TLS is not optional off this computer, for the provider as for the hub.
    for (const QUrl &url : {provider.userinfo, provider.introspection}) {
        ServerEndpoint where;
        where.baseUrl = url;
        if (!url.isEmpty() && url.scheme() != "https"_L1 && !where.isLoopback()) {
            m_verifier->setProvider({});
            m_window->statusBar()->showMessage(
                tr("The identity provider must be reached over https://: %1").arg(url.toString()),
                15000);
            return;
        }
    }
    m_verifier->setProvider(provider);
    if (provider.clientId.isEmpty() || provider.introspection.isEmpty())
        return; // userinfo only: expiries will show as "not stated by the provider"
    m_secrets->read(m_settings->identityClientSecretKey(),
                    [this, provider](Result<Crypto::SecretBytes> secret) {
                        Auth::IdentityVerifier::Provider withSecret = provider;
                        if (secret) {
                            withSecret.clientSecret = QString::fromUtf8(secret->view());
                        } else {
                            withSecret.introspection =
                                QUrl(); // without its secret, introspection cannot be asked
                            m_window->statusBar()->showMessage(
                                tr("The identity provider's client secret could not be read: %1")
                                    .arg(secret.error()),
                                15000);
                        }
                        m_verifier->setProvider(withSecret);
                    });
}

void DeskApp::startConfigured()
{
    const ServerEndpoint endpoint = m_settings->serverEndpoint();
    if (!m_settings->rememberPassword()) {
        askForServer();
        return;
    }
    m_secrets->read(
        m_settings->passwordKey(), [this, endpoint](Result<Crypto::SecretBytes> secret) {
            if (!secret) {
                askForServer(tr("The saved password could not be read: %1").arg(secret.error()));
                return;
            }
            connectTo(endpoint, QString::fromUtf8(secret->view()));
        });
}

void DeskApp::askForServer(const QString &problem)
{
    if (QPointer<ConnectDialog> open = m_window->findChild<ConnectDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    // Window-modal and asynchronous: the desk goes on (and repaints) behind it.
    auto *dialog = new ConnectDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEndpoint(m_settings->serverEndpoint());
    dialog->setProfiles(m_settings->serverProfiles());
    dialog->setRememberPassword(m_settings->rememberPassword());
    if (!problem.isEmpty())
        m_window->statusBar()->showMessage(problem, 15000);
    // The new server is tried (discovery and login) while the current session goes on; the
    // dialog closes only once it is online, and nothing is saved before. The connection tried
    // is the dialog's until then.
    auto probe = std::make_shared<QPointer<AgentConnection>>();
    dialog->setConnector([dialog, probe](const ServerEndpoint &endpoint, const QString &password) {
        delete probe->data();
        auto *trying = new AgentConnection(dialog);
        *probe = trying;
        connect(trying, &AgentConnection::stateChanged, dialog,
                [dialog, trying](AgentConnection::State state) {
                    if (state == AgentConnection::State::Online) {
                        disconnect(trying, nullptr, dialog, nullptr);
                        dialog->connected();
                    } else if (state == AgentConnection::State::Reconnecting ||
                               state == AgentConnection::State::Offline) {
                        // The first attempt failed: say why instead of retrying.
                        disconnect(trying, nullptr, dialog, nullptr);
                        const QString why = trying->offlineReason();
                        trying->close();
                        dialog->failed(why.isEmpty() ? tr("the server did not answer.") : why);
                    }
                });
        trying->open(endpoint, password);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, probe] {
        AgentConnection *online = probe->data();
        if (!online || online->state() != AgentConnection::State::Online)
            return;
        online->setParent(this);
        const ServerEndpoint chosen = dialog->endpoint();
        m_settings->setServerEndpoint(chosen);
        m_settings->setRememberPassword(dialog->rememberPassword());
        m_settings->sync();
        const QString key = m_settings->passwordKey();
        if (dialog->rememberPassword()) {
            QByteArray password = dialog->password().toUtf8();
            m_secrets->write(
                key, Crypto::SecretBytes::takeFrom(password), [this](const Status &saved) {
                    if (!saved)
                        m_window->statusBar()->showMessage(
                            tr("The password was not remembered: %1").arg(saved.error()), 15000);
                });
        } else {
            m_secrets->remove(key, {});
        }
        connectTo(chosen, dialog->password(), online);
    });
    dialog->open();
}

void DeskApp::connectTo(const ServerEndpoint &endpoint, const QString &password,
                        AgentConnection *online)
{
    m_window->setSession(nullptr);
    delete m_session.data();
    delete m_connection.data();
    m_connection = online ? online : new AgentConnection(this);
    m_session = new DeskSession(m_connection, this);
    m_session->setOutbox(m_outbox.get());
    m_window->setSession(m_session);
    connect(m_session, &DeskSession::teamChanged, this, [this] {
        refreshCannedResponses();
        refreshImageHosts();
    });
    // A link followed before its conversation arrived opens it when it does.
    connect(m_session, &DeskSession::conversationAdded, this, [this](const QString &convId) {
        if (convId != m_pendingLink)
            return;
        m_pendingLink.clear();
        m_linkTimer->stop();
        m_desktop->open(convId);
    });
    delete m_signIn.data();
    m_signIn = new Auth::SignInService(m_session, m_keyRing, m_tracker.get(), this);
    refreshImageHosts();
    m_window->setSignIn(m_signIn, m_settings, m_images);
    delete m_binder.data();
    m_binder =
        new Auth::AuthResponseBinder(m_session, m_keyRing, m_tracker.get(), m_verifier,
                                     QDir(m_stateDirectory).filePath(u"auth-audit.jsonl"_s), this);
    connect(m_binder, &Auth::AuthResponseBinder::refused, m_window.get(),
            &MainWindow::showConversationNote);
    connect(m_binder, &Auth::AuthResponseBinder::failed, m_window.get(),
            &MainWindow::showConversationNote);
    connect(m_binder, &Auth::AuthResponseBinder::verified, m_window.get(),
            [this](const QString &convId, const Auth::VerifiedIdentity &identity) {
                m_window->showConversationNote(convId, QString());
                m_window->statusBar()->showMessage(tr("%1 is verified.").arg(identity.name), 8000);
            });
    if (m_hub && endpoint.baseUrl.toString() != m_hub->baseUrl()) {
        // Connected elsewhere: the embedded hub is no longer needed.
        m_hub.reset();
    }
    if (!m_hub)
        configureRemoteVerifier();
    if (!online)
        m_connection->open(endpoint, password);
}

void DeskApp::tourStep(const QString &step)
{
    if (m_tourProgress)
        m_tourProgress(step);
}

void DeskApp::runDemoTour(std::function<void(const Status &)> then)
{
    // The demo customers arrive; the agent accepts the first, writes, and the customer answers.
    waitFor(
        this, [this] { return m_session && m_session->conversations()->rowCount() >= 4; }, 20000,
        [this, then](bool loaded) {
            if (!loaded)
                return then(fail(tr("The demo conversations did not arrive in time.")));
            tourStep(tr("%n demo customers are waiting", nullptr,
                        m_session->conversations()->rowCount()));
            const QString first = m_session->conversations()->itemAt(0).details.convId;
            m_window->selectConversation(first);
            m_session->accept(first, [this, first, then](const Status &accepted) {
                if (!accepted)
                    return then(accepted);
                tourStep(tr("Accepted the conversation with %1")
                             .arg(m_session->conversations()->item(first)->customerName));
                m_session->sendText(
                    first,
                    tr("Hi Maya, I'm sorry about that. Let me look into order #4417 for you."));
                waitFor(
                    this,
                    [this, first] {
                        const MessageListModel *messages = m_session->messages(first);
                        return messages && messages->rowCount() >= 3 &&
                               messages->messageAt(messages->rowCount() - 1).fromCustomer();
                    },
                    20000,
                    [this, then](bool answered) {
                        if (answered)
                            tourStep(tr("Replied; the customer answered"));
                        then(answered
                                 ? Status(Done{})
                                 : Status(fail(tr("The demo customer did not answer in time."))));
                    });
            });
        });
}

void DeskApp::takeScreenshot(const QString &path, ScreenshotScene scene,
                             std::function<void(const Status &)> done)
{
    auto save = [path, done](QWidget *widget) {
        done(widget->grab().save(path, "PNG") ? Status(Done{})
                                              : Status(fail(tr("Could not write %1").arg(path))));
    };
    runDemoTour([this, scene, save, done](const Status &ready) {
        if (!ready)
            return done(ready);
        const QString first = m_window->currentConversation();
        if (scene == ScreenshotScene::Desk)
            return save(m_window.get());
        if (!m_signIn || !m_signIn->gate(first).allowed)
            return done(
                fail(tr("A sign-in request is not possible: %1")
                         .arg(m_signIn ? m_signIn->gate(first).reason : tr("no key ring"))));
        if (scene == ScreenshotScene::Composer) {
            m_window->openSignInComposer();
            auto *dialog = m_window->findChild<AuthBubbleComposer *>();
            Auth::AuthRequestDraft draft = dialog->draft();
            draft.received.style = Auth::BubbleStyle::Small;
            draft.reply.style = Auth::BubbleStyle::Small;
            dialog->setDraft(draft);
            QTimer::singleShot(300, this, [dialog, save] { save(dialog); });
            return;
        }
        // SignedIn: the customer signs in by themselves; the panel shows who they are.
        tourStep(tr("Asking the customer to sign in"));
        m_signIn->send(
            first, Auth::BrandPreset::builtIn().draft,
            [this, first, scene, save, done](Result<QString> sent) {
                if (!sent)
                    return done(fail(sent.error()));
                waitFor(
                    this,
                    [this, first] {
                        const auto latest = m_tracker->latest(first);
                        return latest && !latest->isPending();
                    },
                    20000,
                    [this, first, scene, save, done](bool finished) {
                        const auto latest = m_tracker->latest(first);
                        if (!finished || latest->state != Auth::AuthTracker::State::Succeeded)
                            return done(fail(tr("The demo customer did not sign in: %1")
                                                 .arg(latest ? latest->reason : tr("no answer"))));
                        tourStep(tr("The customer signed in: authenticated as %1, checked with "
                                    "the identity provider")
                                     .arg(latest->identity.name));
                        // The supervisor's scenes: the floor with Maya verified, or her
                        // transcript in the review with its authentication timeline.
                        if (scene == ScreenshotScene::Supervisor ||
                            scene == ScreenshotScene::Review)
                            return showSupervisorScene(save, done,
                                                       scene == ScreenshotScene::Review);
                        if (scene != ScreenshotScene::History) {
                            QTimer::singleShot(300, this, [this, save] { save(m_window.get()); });
                            return;
                        }
                        // History: her earlier conversations, the newest opened beside the chat.
                        m_window->showHistoryTab();
                        waitFor(
                            this, [this] { return m_window->historyModel()->rowCount() > 0; },
                            10000,
                            [this, save, done](bool listed) {
                                if (!listed)
                                    return done(fail(tr("The customer's history did not load.")));
                                m_window->openEarlierTranscript(m_window->historyModel()
                                                                    ->index(0, 0)
                                                                    .data(HistoryModel::IdRole)
                                                                    .toString());
                                waitFor(
                                    this, [this] { return m_window->isEarlierTranscriptOpen(); },
                                    10000,
                                    [this, save, done](bool opened) {
                                        if (!opened)
                                            return done(
                                                fail(tr("The earlier conversation did not open.")));
                                        QTimer::singleShot(300, this,
                                                           [this, save] { save(m_window.get()); });
                                    });
                            });
                    });
            });
    });
}

void DeskApp::showSupervisorScene(const std::function<void(QWidget *)> &save,
                                  const std::function<void(const Status &)> &done, bool review)
{
    // The agent has Maya; the supervisor logs in on the same demo hub and looks at the floor.
    const QString maya = m_window->currentConversation();
    if (Status switched = startEmbedded(true); !switched)
        return done(switched);
    waitFor(
        this,
        [this, maya] {
            return m_session && m_session->isSupervisor() &&
                   m_session->conversations()->rowCount() >= 4 && m_session->messages(maya) &&
                   m_session->messages(maya)->rowCount() >= 4;
        },
        20000,
        [this, maya, save, done, review](bool loaded) {
            if (!loaded)
                return done(fail(tr("The supervisor's live view did not load in time.")));
            if (review) {
                m_window->openReview();
                ReviewWindow *window = m_window->reviewWindow();
                auto *text = window->findChild<QLineEdit *>(u"reviewText"_s);
                text->setText(u"order"_s);
                connect(window, &ReviewWindow::searched, this,
                        [this, window, maya] { window->open(maya); });
                connect(window, &ReviewWindow::opened, this, [this, window, save] {
                    window->resize(1200, 760);
                    QTimer::singleShot(300, this, [window, save] { save(window); });
                });
                window->search();
                return;
            }
            m_window->selectConversation(maya);
            m_session->sendText(
                maya, tr("Maya is a gold customer: the duplicate charge can be refunded today."),
                true);
            waitFor(
                this,
                [this, maya] {
                    const MessageListModel *messages = m_session->messages(maya);
                    return messages->messageAt(messages->rowCount() - 1).sequence >= 0;
                },
                10000,
                [this, save](bool) {
                    QTimer::singleShot(300, this, [this, save] { save(m_window.get()); });
                });
        });
}

void DeskApp::openLinks(const QStringList &links)
{
    m_desktop->open(QString()); // a launch always brings the window forward
    for (const QString &link : links) {
        Result<QString> convId = DeskLink::conversation(QUrl(link));
        if (!convId) {
            m_window->statusBar()->showMessage(tr("Cannot open the link: %1").arg(convId.error()),
                                               15000);
            continue;
        }
        if (m_session && m_session->conversations()->rowOf(convId.value()) >= 0) {
            m_linkTimer->stop();
            m_pendingLink.clear();
            m_desktop->open(convId.value());
        } else {
            m_pendingLink = convId.value(); // the newest link wins
            m_linkTimer->start();
        }
    }
}

void DeskApp::openPreferences()
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        return;
    }
    QList<QAction *> actions;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (!action->isSeparator() && !action->menu())
            actions << action;
    }
    m_preferences = new SettingsDialog(m_settings, m_secrets, actions, m_window.get());
    m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preferences, &SettingsDialog::applied, this, &DeskApp::applySettings);
    refreshImageHosts();
    connect(m_preferences, &SettingsDialog::connectRequested, this,
            [this](const ServerEndpoint &endpoint) {
                m_settings->setServerEndpoint(endpoint);
                m_settings->sync();
                // After the dialog has gone: the connection dialog is a window of its own.
                QTimer::singleShot(0, this, [this] { askForServer(); });
            });
    m_preferences->open();
}

SettingsDialog *DeskApp::preferences() const
{
    return m_preferences;
}

void DeskApp::refreshCannedResponses()
{
    m_window->setCannedResponses(m_settings->cannedResponses(),
                                 m_session ? m_session->team().cannedResponses
                                           : QList<Protocol::CannedResponse>());
}

void DeskApp::refreshImageHosts()
{
    // The hub enforces its team's list; the composer checks with the same one, so that what it
    // allows the hub accepts. The built-in hub's list is this desk's setting (at once, before the
    // hub's answer comes back); a hub older than the list leaves this desk's setting in charge.
    const std::optional<QStringList> team = m_session ? m_session->team().imageHosts : std::nullopt;
    if (m_signIn) {
        const bool mine = m_hub || !team;
        m_signIn->setAllowedImageHosts(mine ? m_settings->imageHosts() : *team);
        m_signIn->setImageHostsOrigin(
            mine ? tr("Preferences → Sign-in requests → Image hosts")
                 : tr("the team file on the hub (imageHosts), which its administrator keeps"));
    }
    if (m_preferences)
        m_preferences->setTeamImageHosts(m_hub ? std::nullopt : team);
}

void DeskApp::applySettings()
{
    Theme::apply(m_settings->theme());
    refreshCannedResponses();
    m_desktop->applySettings();
    m_window->setEscalationPolicy(m_settings->escalationPolicy());
    if (m_hub) {
        // The built-in hub's team list is this desk's setting; the composer hears it back.
        m_hub->setImageHosts(m_settings->imageHosts());
        if (m_session)
            m_session->fetchTeam({});
    }
    refreshImageHosts();
    if (!m_hub)
        configureRemoteVerifier();
    if (m_settings->language() != m_language)
        m_window->statusBar()->showMessage(tr("The new language applies when Signet starts again."),
                                           15000);
}

} // namespace Signet::Ui
