#pragma once

#include "HubOptions.h"
#include "Result.h"
#include "audit/AuditVerifier.h"
#include "oauth/IdentityProof.h"
#include "oauth/OAuthProvider.h"
#include "protocol/Values.h"
#include "store/Store.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;

namespace Signet::Hub {

class AgentSession;
class AppleSignInFlow;
class CustomerPage;
class WebSignInFlow;
class DemoCustomers;
class HubPeers;
class PasswordChecks;

struct BearerGrant
{
    QString agentId;
    QString role;
    QDateTime expires;
    QString bearer;
    QString hash; // the bearer's SHA-256, as the store keeps it
};

// signet-hub: discovery and login over HTTP, the LivePerson-style agent API over WebSocket on the
// same port, routing, and the consumer side of each conversation (demo customers and tests speak
// to it through startConversation()/consumerSend()).
class HubServer : public QObject
{
    Q_OBJECT
public:
    explicit HubServer(HubOptions options, QObject *parent = nullptr);
    ~HubServer() override;

    // Opens the store and starts listening; returns the port.
    Result<quint16> start();
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    const HubOptions &options() const { return m_options; }
    // The team's image allow-list, changed while running (the desk's built-in hub follows its
    // settings); desks hear it with their next GetTeam.
    void setImageHosts(const QStringList &hosts) { m_options.team.imageHosts = hosts; }
    Store &store() { return m_store; }
    // The reference identity provider (the brand's login page and token endpoints).
    OAuthProvider &oauth() { return *m_oauth; }
    const OAuthClient &oauthClient(OAuthClient::Endpoint endpoint) const;
    // Customers sign in with the brand's own provider from now on (discovery starts at once).
    void setBrandProvider(const BrandProviderConfig &config);
    BrandProvider *brandProvider() const { return m_brand.get(); }
    // Where a customer on a device of this generation signs in, and where the code is exchanged:
    // the brand's provider when one is set, the built-in provider otherwise.
    Result<SignInRoute> signInRoute(OAuthClient::Endpoint endpoint) const;
    // What a statement a desk hands on as proof of an iOS 12–15 sign-in is checked against: the
    // provider's issuer and published keys, the desks' client and Apple's (docs/security.md).
    // Refused when the provider publishes no keys.
    Result<ProofCheck> identityProofCheck() const;
    // Where agents' and customers' passwords are checked (off the event loop).
    const PasswordChecks &passwordChecks() const { return *m_passwordChecks; }
    // Who sent a request: its peer, or behind a TLS proxy the address the proxy saw.
    QString clientAddress(const QHttpServerRequest &request) const;
    // Asks the brand's provider for its keys again (a statement named a key not seen yet); done
    // runs in context once answered (at once for the built-in provider).
    void refreshProviderKeys(QObject *context, std::function<void()> done);
    // Apple's side of customers' sign-ins.
    AppleSignInFlow &appleSignIn() { return *m_appleSignIn; }
    // Web chat visitors' sign-ins.
    WebSignInFlow &webSignIn() { return *m_webSignIn; }
    // The customer's side of a conversation as a web page ("Play the customer…").
    QUrl customerPageUrl(const QString &convId);

    // Consumer side.
    Result<QString> startConversation(const ConsumerRecord &consumer, const QString &firstMessage,
                                      const QString &skill = QString());
    Result<Protocol::MessagingEvent> consumerSend(const QString &convId, const QString &text);
    Status consumerAcknowledge(const QString &convId, const QString &status,
                               const QList<qint64> &sequences);

    // Agent side, called by AgentSession after it has checked the request's shape.
    std::optional<BearerGrant> grantFor(const QString &bearer) const;
    Result<Protocol::ConversationDetails> assign(const QString &convId, const QString &agentId);
    // Closes an open conversation, with the closing agent's disposition (a code from the team's
    // list, or none) and note.
    Status close(const QString &convId, const QString &dispositionCode = QString(),
                 const QString &dispositionNote = QString());
    // The assigned agent hands an open conversation on: to an agent who is online now (toAgent),
    // or back to the queue (toAgent empty), then offered to every other online agent; skill, when
    // given, becomes its skill. Audited as conversation.transferred.
    Status transfer(const QString &convId, const QString &fromAgent, const QString &toAgent,
                    const QString &skill);
    // Who is on the team (and online now), the skills, dispositions and canned responses.
    Protocol::TeamInfo team() const;
    // A participant's typing state (ChatStateEvent: COMPOSING, ACTIVE, …), relayed live to every
    // desk that sees the conversation and to the customer; never stored.
    void relayChatState(const QString &convId, const QString &originatorId,
                        Protocol::ParticipantRole role, const QString &state);
    // The agent side's latest typing state for a conversation, while it is fresh (the customer
    // page shows "typing…" from it); empty otherwise.
    QString agentChatState(const QString &convId) const;
    // How long a typing state holds without being repeated.
    static constexpr int kChatStateTtlMs = 10000;
    // A supervisor joins (or leaves) an open conversation as MANAGER; everyone watching sees it.
    Status setManager(const QString &convId, const QString &userId, bool joined);
    // Appends to the audit log (docs/protocol.md, "Audit log"); a failure is logged, and the
    // operation it describes stands.
    void audit(const QString &actor, const QString &action, const QString &convId,
               const QString &requestId, const QJsonObject &details = {});
    // A wrong password on the built-in provider's login page during a sign-in in convId (the
    // attempt, never the password): audited as signin.password-wrong.
    void recordWrongPassword(const QString &convId, const QString &requestId, int attempt,
                             int maxAttempts);
    // Records who the customer proved to be and shows it to everyone watching the conversation.
    Status recordVerifiedIdentity(const QString &convId, const QJsonObject &identity);
    // Stores the event (durable when acknowledge runs), calls acknowledge so the sender hears of it
    // first, then distributes it to every session that sees the conversation.
    Result<Protocol::MessagingEvent>
    publish(const QString &convId, const QString &originatorId, Protocol::ParticipantRole role,
            const Protocol::Event &event, const QJsonArray &metadata,
            const std::function<void(const Protocol::MessagingEvent &)> &acknowledge = {},
            const Auth::AuthRequestMetadata *authRequest = nullptr,
            const QString &clientKey = QString());
    // Offers every waiting conversation to a session that has become available for routing.
    void offerWaitingTo(AgentSession *session);
    QList<AgentSession *> sessions() const;

    // The other hubs on this database (inactive on SQLite).
    HubPeers &peers() { return *m_peers; }
    // Agents online for routing, on this hub and on the others sharing the database.
    QSet<QString> onlineAgents() const;

    // For tests: abort every agent WebSocket as a network failure would.
    void dropAllConnections();
    int connectionCount() const;
    const ConnectionGuard &connectionGuard() const { return *m_guard; }
    // The audit chain's checks, off the event loop (valid once started).
    AuditVerifier &auditVerifier() { return *m_auditVerifier; }

signals:
    void eventPublished(const Signet::Protocol::MessagingEvent &event);
    void conversationChanged(const Signet::Protocol::ConversationDetails &details);

private:
    void setUpRoutes();
    void mirrorToBridgedApple(const Protocol::MessagingEvent &event);
    void onNewWebSocket();
    // Closes the oldest WebSockets of a login that is about to open one more than it may hold.
    void capSocketsOf(const QString &bearer, const QString &agentId);
    struct SocketCap;
    void auditSocketCap(SocketCap &cap, qint64 now);
    // Each tells this hub's desks, then the other hubs (which call it with Peers::Keep).
    enum class Peers { Tell, Keep };
    void broadcastConversation(const Protocol::ConversationDetails &details,
                               Peers peers = Peers::Tell);
    void ringAgents(const Protocol::ConversationDetails &details, const QString &except = {},
                    Peers peers = Peers::Tell);
    void revokeRings(const QString &convId, Peers peers = Peers::Tell);
    void distributeChatState(const Protocol::MessagingEvent &event);
    // Another hub's notice: what it told its desks, this hub tells its own.
    void onPeerNotice(const QJsonObject &notice);
    // Records which agents this hub has online (for the other hubs' transfers and team lists).
    void publishPresence();
    // Agents' logins: answered through responder once the password is checked off the event loop.
    void login(const QString &account, const QHttpServerRequest &request,
               QHttpServerResponder &&responder);
    QHttpServerResponse loggedIn(const std::optional<AgentRecord> &agent, bool matches,
                                 const QString &username, const QString &address,
                                 const QString &userKey);
    bool answersUnderTls() const { return m_options.tls.has_value() || m_options.behindProxy; }
    QHttpServerResponse refresh(const QString &account, const QHttpServerRequest &request);
    QHttpServerResponse logout(const QString &account, const QHttpServerRequest &request);
    QString bearerFrom(const QHttpServerRequest &request) const;
    // The csrf of a login (LivePerson's refresh sends it with the session cookie); nullopt when
    // the hub's secret cannot be read.
    std::optional<QString> csrfFor(const QString &bearer);

    // Closes WebSockets whose bearer has expired or was logged out, and forgets dead bearers.
    void sweepSessions();
    void writeAudit(const QString &actor, const QString &action, const QString &convId,
                    const QString &requestId, const QJsonObject &details);
    void writeSuppressed(const AuditLimiter::Suppressed &suppressed);

    HubOptions m_options;
    Store m_store;
    AuditLimiter m_auditLimiter;
    // convId → the agent side's typing state and when it was said (ms since epoch).
    QHash<QString, std::pair<QString, qint64>> m_agentChatStates;
    LoginThrottle m_loginsPerUser;
    LoginThrottle m_loginsPerAddress;
    QTimer m_sweep;
    // Whose X-Forwarded-For is believed (behind a TLS proxy; none otherwise).
    TrustedProxies m_proxies;
    // Before m_http, so it outlives the connections it watches.
    std::unique_ptr<ConnectionGuard> m_guard;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    // Logins by bearer: a cache of the store's bearer_grants, which every hub on the database
    // shares (a desk may log in on one hub and open its WebSocket on another).
    mutable QHash<QString, BearerGrant> m_bearers;
    struct SocketCap
    {
        qint64 auditedMs = 0;
        int closed = 0; // since auditedMs, not audited yet
        QString agentId;
    };
    QHash<QString, SocketCap> m_socketCaps; // by bearer hash
    QByteArray m_csrfSecret; // the key csrfFor derives with (read from the store once)
    std::unique_ptr<HubPeers> m_peers;
    QStringList m_presence; // what publishPresence last recorded
    bool m_presenceWritten = false;
    QList<QPointer<AgentSession>> m_sessions;
    DemoCustomers *m_demo = nullptr;
    std::unique_ptr<OAuthProvider> m_oauth;
    std::unique_ptr<BrandProvider> m_brand;
    std::unique_ptr<AppleSignInFlow> m_appleSignIn;
    std::unique_ptr<WebSignInFlow> m_webSignIn;
    std::unique_ptr<CustomerPage> m_customerPage;
    // Ends before the store it reads.
    std::unique_ptr<AuditVerifier> m_auditVerifier;
    // Last, so it ends first: its pending answers call into the members above.
    std::unique_ptr<PasswordChecks> m_passwordChecks;
};

} // namespace Signet::Hub
