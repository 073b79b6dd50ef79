#pragma once

#include "HubServer.h"
#include "protocol/Envelope.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace Signet::Hub {

// One agent's WebSocket: decodes requests, checks them against the agent's role and the
// conversation's state, answers, and keeps this agent's subscriptions (which conversations it
// sees, which rings it has).
class AgentSession : public QObject
{
    Q_OBJECT
public:
    AgentSession(HubServer *hub, std::unique_ptr<QWebSocket> socket, BearerGrant grant,
                 QObject *parent = nullptr);
    ~AgentSession() override;

    const QString &agentId() const { return m_grant.agentId; }
    const QString &bearer() const { return m_grant.bearer; }
    // The bearer expired or was logged out: the desk is told and the socket closed.
    void endExpired();
    bool isSupervisor() const { return m_grant.role == QLatin1StringView("supervisor"); }
    bool isRoutable() const
    {
        return m_online && !m_routingSubscription.isEmpty() && !isSupervisor();
    }
    bool canSee(const Protocol::ConversationDetails &details) const;
    // What the conversation subscription shows: what this user sees, narrowed to the agents it
    // named (LivePerson's agentIds: conversations they are assigned to or joined).
    bool isSubscribedTo(const Protocol::ConversationDetails &details) const;

    void conversationChanged(const Protocol::ConversationDetails &details);
    void eventPublished(const Protocol::MessagingEvent &event);
    void ring(const Protocol::ConversationDetails &details);
    void revokeRing(const QString &convId);
    void abort();
    // Ends the session with a reason the client can show (policy violation).
    void closeBecause(const QString &why);

signals:
    void closed();

private:
    void onText(const QString &text);
    void handle(const Protocol::Envelope &request);
    void reply(const Protocol::Envelope &request, const QJsonValue &body);
    void replyError(const Protocol::Envelope &request, int code, const QString &message);
    // A request beyond this user's role (or about a conversation they may not see): answered with
    // code and why, and audited as access.refused.
    void refuse(const Protocol::Envelope &request, int code, const QString &why,
                const QString &convId = QString());
    void send(const Protocol::Envelope &envelope);
    // The hub's account, for LivePerson's "old" ids ({account}.{userId}).
    const QString &account() const;
    // An id a client sent, old or plain, as the user id it names.
    QString plainId(const QString &id) const;
    void sendConversationChange(const Protocol::ConversationDetails &details, bool upsert);

    void subscribeConversations(const Protocol::Envelope &request);
    void setAgentState(const Protocol::Envelope &request);
    void subscribeRoutingTasks(const Protocol::Envelope &request);
    void updateRingState(const Protocol::Envelope &request);
    void updateConversationField(const Protocol::Envelope &request);
    void transfer(const Protocol::Envelope &request, const QString &toAgent, const QString &skill,
                  const QString &convId);
    // A ChatStateEvent: checked, relayed live, never stored (answered without a sequence).
    void publishChatState(const Protocol::Envelope &request,
                          const Protocol::PublishEventRequest &publish);
    void publishEvent(const Protocol::Envelope &request);
    void queryMessages(const Protocol::Envelope &request);
    void getUserProfile(const Protocol::Envelope &request);
    // Who the customer is, as a desk reports it after a sign-in (docs/security.md, "Who the
    // customer is"): it confirms what the hub knows, carries a statement the provider signed, or is
    // recorded as the agent's assertion.
    struct IdentityReport
    {
        QString conversationId, requestIdentifier, issuer, subject, name, email, proof;
        QJsonObject claims;
        qint64 expiresAt = 0;
    };
    void reportVerifiedIdentity(const Protocol::Envelope &request);
    void checkReportedProof(const Protocol::Envelope &request, const IdentityReport &report,
                            const Store::AuthRequestRecord &record, bool keysRefreshed);
    void recordReportedIdentity(const Protocol::Envelope &request, const IdentityReport &report,
                                const QJsonObject &identity);
    void refuseReport(const Protocol::Envelope &request, const IdentityReport &report, int code,
                      const QString &why);
    void reportSignInOutcome(const Protocol::Envelope &request);
    void historyConversations(const Protocol::Envelope &request);
    // Supervisors only (the hub checks the role, whatever the desk shows).
    bool requireSupervisor(const Protocol::Envelope &request);
    void changeManager(const Protocol::Envelope &request,
                       const Protocol::ConversationFieldUpdate &update,
                       const Protocol::ConversationDetails &details);
    void reviewSearch(const Protocol::Envelope &request);
    void reviewAudit(const Protocol::Envelope &request);
    void reviewExport(const Protocol::Envelope &request);
    void historyTranscript(const Protocol::Envelope &request);
    // The identity whose history this session may read through a conversation: a supervisor's
    // through any verified conversation; an agent's through their own conversation while the
    // customer's sign-in is valid. Sets status and why when refused.
    std::optional<QJsonObject> historyIdentityVia(const QString &convId, int *status,
                                                  QString *why) const;

    HubServer *m_hub;
    std::unique_ptr<QWebSocket> m_socket;
    BearerGrant m_grant;
    QTimer m_keepAlive;
    bool m_awaitingPong = false;
    // Rate limit: a token bucket refilled at requestsPerSecond, holding up to requestBurst.
    double m_tokens = 0;
    qint64 m_refilledAtMs = 0;
    int m_refusedInARow = 0;
    bool takeToken();
    QString m_conversationSubscription;
    QString m_routingSubscription;
    bool m_online = false;
    QSet<QString> m_visible;          // conversations this agent currently sees
    QSet<QString> m_subscribedAgents; // agentIds of the subscription; empty: everyone's
    QHash<QString, QString> m_rings;  // ringId → convId
};

} // namespace Signet::Hub
