#pragma once

#include "Result.h"
#include "auth/AppleAuthRequest.h"
#include "protocol/Values.h"
#include "review/SearchQuery.h"
#include "review/TranscriptExport.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <optional>

namespace Signet::Hub {

struct AgentRecord
{
    QString id;
    QString username;
    QString displayName;
    QString role; // "agent" or "supervisor"
    QString passwordHash;
};

struct ConsumerRecord
{
    QString id;
    QString firstName;
    QString lastName;
    Protocol::ConversationContext context;
};

// A customer of the brand, as the reference identity provider knows them.
struct CustomerAccount
{
    QString subject;  // stable identifier (the "sub" claim)
    QString username; // what the customer types on the login page (lower-cased)
    QString passwordHash;
    QString name;
    QString email;
    QJsonObject attributes; // e.g. {"membership_tier": "gold"}
};

// A conversation in which a customer proved an identity, as the visibility rules need it.
struct IdentityLink
{
    QString conversationId;
    QString issuer;
    QString subject;
    Protocol::ChannelType channel = Protocol::ChannelType::Unknown;
    Protocol::ConversationState state = Protocol::ConversationState::Closed;
    qint64 startTs = 0;
    qint64 verifiedTs = 0;
    qint64 expiresTs = 0; // 0: not stated
    bool validAt(qint64 now) const { return expiresTs == 0 || expiresTs > now; }
};

// One entry of the hub's append-only audit log (docs/protocol.md, "Audit log").
struct AuditEntry
{
    qint64 sequence = 0;
    qint64 timestamp = 0; // ms since 1970
    QString actor;        // agent id, "customer:<consumer id>", "hub"
    QString action;       // e.g. "signin.requested", "signin.verified", "history.read"
    QString conversationId;
    QString requestIdentifier;
    QJsonObject details;
    QString previousHash;
    QString hash;
};

// How far the audit chain was checked, and what broke it.
struct AuditChainCheck
{
    qint64 lastSequence = 0; // checked through this entry
    QString lastHash;        // its hash (the seed when the log is empty)
    QString problem;         // empty: intact
    bool unreadable = false; // the problem is the database's, not the chain's
};

struct AuditFilter
{
    QString actionPrefix; // "signin." for every sign-in event
    QString conversationId;
    QString actor;
    qint64 fromTs = 0; // inclusive; 0: no bound
    qint64 toTs = 0;   // exclusive; 0: no bound
    int limit = 1000;
};

// The hub's durable state: agents, consumers, conversations and every dialog event, on one of two
// backends with one schema (numbered migrations in code, translated for each):
//  * SQLite (the default): a file, in WAL mode with synchronous=FULL, so an event is on disk
//    before the hub acknowledges it;
//  * PostgreSQL (for teams): a server, through Qt's QPSQL driver; a commit is durable when it
//    returns (synchronous_commit as the server has it, on by default).
class Store
{
public:
    enum class Backend { Sqlite, Postgres };

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // location: "sqlite:PATH", a plain file path (SQLite), or
    // "postgresql://[USER[:PASSWORD]@][HOST][:PORT]/DATABASE[?host=SOCKET_DIR&sslmode=…&…]" (any
    // further parameters are libpq connection options). Off this computer, PostgreSQL connections
    // verify the server's certificate (sslmode=verify-full) unless the URL says otherwise.
    Status open(const QString &location);
    Backend backend() const { return m_backend; }
    // The most one conversation's events may take as JSON (0: no limit).
    void setMaxConversationBytes(qint64 bytes) { m_maxConversationBytes = bytes; }
    static constexpr int kConversationFull = 413;
    int schemaVersion() const;
    // The location with any password removed, for messages and logs.
    static QString displayLocation(const QString &location);

    Status upsertAgent(const QString &username, const QString &displayName, const QString &role,
                       const QString &password);
    std::optional<AgentRecord> agentByName(const QString &username) const;
    std::optional<AgentRecord> agent(const QString &id) const;
    // Every agent and supervisor, by display name (without password hashes).
    QList<AgentRecord> agents() const;

    // A random secret of the hub's, made on first use and the same ever after (for every hub on
    // this database).
    Result<QByteArray> hubSecret(const QString &name);
    Status upsertConsumer(const ConsumerRecord &consumer);
    std::optional<ConsumerRecord> consumer(const QString &id) const;
    // Whether an agent may know of this customer: one of the customer's conversations is (or was)
    // assigned to the agent, or is open and waiting for an agent (offered to every agent).
    bool consumerKnownTo(const QString &consumerId, const QString &agentId) const;

    // startTs 0: now (other values import an earlier conversation, e.g. the demo's history).
    Result<Protocol::ConversationDetails>
    createConversation(const QString &consumerId, const Protocol::ConversationContext &context,
                       const QString &skill, qint64 startTs = 0);
    std::optional<Protocol::ConversationDetails> conversation(const QString &id) const;
    // Every open conversation, oldest first; with visibleTo, only those waiting for an agent or
    // assigned to that agent (what an agent's desk sees).
    QList<Protocol::ConversationDetails> openConversations(const QString &visibleTo = {}) const;
    Status setAssignedAgent(const QString &convId, const QString &agentId);
    // Assigns an open conversation that nobody has yet, in one statement: of two hubs on one
    // database accepting it at the same moment, exactly one gets true (the other false).
    Result<bool> claimConversation(const QString &convId, const QString &agentId);
    // Desks' logins, shared by every hub on this database: a bearer is kept as its SHA-256 only.
    struct StoredGrant
    {
        QString tokenHash;
        QString agentId;
        QString role;
        qint64 expiresTs = 0; // ms since 1970
    };
    Status saveGrant(const StoredGrant &grant);
    std::optional<StoredGrant> grant(const QString &tokenHash) const;
    // A refresh: only a login that has not expired by now is extended (false otherwise).
    Result<bool> extendGrant(const QString &tokenHash, qint64 expiresTs, qint64 now);
    Result<bool> removeGrant(const QString &tokenHash);
    // Ends every login of a user (their password or role changed): how many there were. Hubs
    // close the user's connections when they next look (HubServer::sweepSessions).
    Result<int> revokeGrants(const QString &agentId);
    // Ends all but the keep logins of a user that expire last: how many were ended.
    Result<int> trimGrants(const QString &agentId, int keep);
    // The logins still valid, by token hash (nullopt when the store cannot say).
    std::optional<QSet<QString>> liveGrantHashes(qint64 now) const;
    // Removes a user and ends their logins; false when there is no such user.
    Result<bool> removeAgent(const QString &username);
    Status pruneGrants(qint64 now);

    // Which agents each hub has online for routing; a hub's heartbeat (seen_ts) keeps its list
    // current. changed: the list itself is rewritten (otherwise only the heartbeat).
    Status setPresence(const QString &hubId, const QStringList &onlineAgents, qint64 now,
                       bool changed);
    Status removeHub(const QString &hubId);
    // Agents online on other hubs that were seen at or after seenSince.
    QSet<QString> onlineElsewhere(const QString &hubId, qint64 seenSince) const;
    // PostgreSQL's NOTIFY: every hub listening on channel hears payload once this commits (a
    // no-op on SQLite, where one hub has the database to itself).
    Status notifyPeers(const QString &channel, const QString &payload);
    // A second connection with the same parameters (LISTEN needs one of its own); the caller
    // closes it and calls QSqlDatabase::removeDatabase with the returned name.
    Result<QString> openAnotherConnection() const;

    // Supervisors who joined as MANAGER appear in the conversation's participants.
    Status addManager(const QString &convId, const QString &userId);
    Status removeManager(const QString &convId, const QString &userId);
    Status closeConversation(const QString &convId, qint64 endTs = 0,
                             const QString &dispositionCode = QString(),
                             const QString &dispositionNote = QString());
    // The assigned agent hands the conversation on: to toAgent (empty: back to the queue) and, when
    // skill is not empty, to that skill. Only while fromAgent still has it (false otherwise: taken
    // or closed meanwhile).
    Result<bool> transferConversation(const QString &convId, const QString &fromAgent,
                                      const QString &toAgent, const QString &skill);
    // The skills conversations have come in on (for transfers).
    QStringList skills() const;
    // Records the identity proved in a conversation and links the conversation to it (issuer +
    // subject), in one transaction.
    Status setVerifiedIdentity(const QString &convId, const QJsonObject &identity);
    // Every conversation of an identity: those it was proved in and the other conversations of
    // the same customers; newest first.
    QList<Protocol::HistoryEntry> history(const QString &issuer, const QString &subject) const;
    // The latest identity proved in a conversation, and every conversation of an identity.
    std::optional<IdentityLink> identityLinkOf(const QString &convId) const;
    QList<IdentityLink> identityLinks(const QString &issuer, const QString &subject) const;

    // Appends an event with the dialog's next sequence; durable when this returns. A sign-in
    // request is recorded in the same transaction. A clientKey (a desk's idempotency key) is
    // unique per conversation: a second event with it is refused. An event that would take the
    // conversation past setMaxConversationBytes() is refused with the code kConversationFull.
    Result<Protocol::MessagingEvent>
    appendEvent(const QString &convId, const QString &originatorId, Protocol::ParticipantRole role,
                const Protocol::Event &event, const QJsonArray &metadata,
                const Auth::AuthRequestMetadata *authRequest = nullptr, qint64 serverTs = 0,
                const QString &clientKey = QString());
    // What a conversation's events take as JSON, as counted against setMaxConversationBytes()
    // (-1: no such conversation).
    qint64 storedBytes(const QString &convId) const;
    // The event a desk sent with this idempotency key, if the hub stored it.
    std::optional<Protocol::MessagingEvent> eventByClientKey(const QString &convId,
                                                             const QString &clientKey) const;
    bool hasAuthRequest(const QString &requestIdentifier) const;
    struct AuthRequestRecord
    {
        QString requestIdentifier;
        QString conversationId;
        qint64 sequence = -1; // the event that carried the request
        QString publicKey;    // responseEncryptionKey
        qint64 createdTs = 0;
        qint64 answeredTs = 0; // 0: not answered yet
        bool signedIn = false; // answered with a token
        // Who the customer is, when the hub verified the token itself (iOS 16+); else empty.
        QJsonObject hubIdentity;
        bool isAnswered() const { return answeredTs > 0; }
    };
    std::optional<AuthRequestRecord> authRequest(const QString &requestIdentifier) const;
    // Takes the right to answer a request: true for the one caller that got it, false when it
    // was answered already (here, by another hub on the database, or before a restart).
    Result<bool> claimSignInAnswer(const QString &requestIdentifier, bool signedIn,
                                   qint64 answeredTs);
    // Gives the right back when the answer could not be delivered.
    Status releaseSignInAnswer(const QString &requestIdentifier);
    Status setHubIdentity(const QString &requestIdentifier, const QJsonObject &identity);
    // One token proves one sign-in: true when tokenId (of issuer) is now, or already was, this
    // request's proof; false when it proved another request.
    Result<bool> claimIdentityProof(const QString &issuer, const QString &tokenId,
                                    const QString &requestIdentifier);

    Status upsertCustomerAccount(const CustomerAccount &account, const QString &password);
    std::optional<CustomerAccount> customerAccountByUsername(const QString &username) const;
    std::optional<CustomerAccount> customerAccountBySubject(const QString &subject) const;
    QList<Protocol::MessagingEvent> events(const QString &convId, qint64 newerThanSequence,
                                           int maxQuantity) const;
    std::optional<Protocol::MessagingEvent> lastContentEvent(const QString &convId) const;

    // A conversation as the history and review lists show it.
    std::optional<Protocol::HistoryEntry> conversationEntry(const QString &convId) const;
    // Everything an export holds about a conversation: its entry, identity, sign-in timeline
    // (the audit log's signin.* entries), events and their chain hashes.
    std::optional<Review::ExportedConversation> exportedConversation(const QString &convId) const;
    // What signet-hub verify-export checks a file against: the chains, the events stored by a
    // time, and the exports this hub made (export.created in the audit log, by export hash).
    Review::TranscriptExport::HubRecords exportRecords() const;
    bool madeExport(const QString &exportHash) const;
    qint64 eventCountBy(const QString &convId, qint64 atMs) const;
    static QJsonObject auditJson(const AuditEntry &entry);

    // The supervisor's transcript search: words over everything said (FTS5 / tsvector, the same
    // rules on both backends) and filters on the conversation; newest first.
    Review::SearchResults search(const Review::SearchQuery &query) const;

    // The transcript hash chain (Review::TranscriptChain): each event's hash, oldest first.
    QStringList chainHashes(const QString &convId, qint64 newerThanSequence, int maxQuantity) const;
    // Recomputes a conversation's chain from its stored events; the first break, if any.
    Status verifyChain(const QString &convId) const;

    // Appends to the audit log (its own hash chain); durable when this returns.
    Result<AuditEntry> appendAudit(const QString &actor, const QString &action,
                                   const QString &convId, const QString &requestId,
                                   const QJsonObject &details);
    QList<AuditEntry> audit(const AuditFilter &filter) const; // oldest first
    // Recomputes the whole audit chain; the first break, if any.
    Status verifyAudit() const;
    // Checks the audit chain on database (a connection of any thread) from a checkpoint on: the
    // checkpoint's own entry must still carry its hash, and every later one follow from it;
    // (0, auditSeed()) checks the whole log. Stops early when *cancel becomes true.
    static AuditChainCheck checkAuditChain(const QSqlDatabase &database, qint64 fromSequence,
                                           const QString &fromHash,
                                           const std::atomic_bool *cancel = nullptr);
    static QString auditHash(const QString &previous, const AuditEntry &entry);
    static QString auditSeed();

private:
    Status openSqlite(const QString &path);
    Status openPostgres(const QString &location);
    Status migrate();
    // Chains events written before the chain existed (schema 5 and older).
    Status backfillChains();
    // Case-folded names for the customer filter, for customers stored before schema 7.
    Status backfillFoldedNames();
    // A text field of a JSON column, in this backend's SQL.
    QString jsonText(const QString &column, const QString &key) const;
    Status exec(const QString &sql);
    QSqlDatabase db() const;
    std::optional<Protocol::ConversationDetails> detailsFromQuery(class QSqlQuery &query) const;
    Protocol::MessagingEvent eventFromQuery(class QSqlQuery &query) const;
    std::optional<CustomerAccount> customerAccount(const QString &column,
                                                   const QString &value) const;

    QString m_connectionName;
    Backend m_backend = Backend::Sqlite;
    qint64 m_maxConversationBytes = 0;
};

} // namespace Signet::Hub
