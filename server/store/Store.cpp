#include "store/Store.h"

#include "FileAccess.h"

#include "crypto/PasswordHash.h"
#include "crypto/RandomToken.h"
#include "logging/Logging.h"
#include "protocol/Codec.h"
#include "review/SearchQuery.h"
#include "review/TranscriptChain.h"
#include "transport/ServerEndpoint.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

namespace Signet::Hub {

using namespace Qt::StringLiterals;
using namespace Protocol;

namespace {

// Each entry upgrades the schema by one version. Never edit a released entry; append a new one.
const char *const kMigrations[] = {
    R"(CREATE TABLE agents (
         id TEXT PRIMARY KEY,
         username TEXT NOT NULL UNIQUE,
         display_name TEXT NOT NULL,
         role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor')),
         password_hash TEXT NOT NULL);
       CREATE TABLE consumers (
         id TEXT PRIMARY KEY,
         first_name TEXT NOT NULL,
         last_name TEXT NOT NULL,
         context_json TEXT NOT NULL);
       CREATE TABLE conversations (
         id TEXT PRIMARY KEY,
         consumer_id TEXT NOT NULL REFERENCES consumers(id),
         state TEXT NOT NULL CHECK (state IN ('OPEN', 'CLOSE')),
         skill TEXT NOT NULL DEFAULT '',
         start_ts INTEGER NOT NULL,
         end_ts INTEGER NOT NULL DEFAULT 0,
         assigned_agent TEXT NOT NULL DEFAULT '',
         context_json TEXT NOT NULL);
       CREATE INDEX conversations_state ON conversations(state);
       CREATE TABLE events (
         conv_id TEXT NOT NULL REFERENCES conversations(id),
         sequence INTEGER NOT NULL,
         originator_id TEXT NOT NULL,
         role TEXT NOT NULL,
         server_ts INTEGER NOT NULL,
         event_json TEXT NOT NULL,
         metadata_json TEXT NOT NULL DEFAULT '[]',
         is_content INTEGER NOT NULL,
         PRIMARY KEY (conv_id, sequence)) WITHOUT ROWID;)",
    // 2: sign-in requests the hub has seen, by their requestIdentifier (unique across the hub).
    R"(CREATE TABLE auth_requests (
         request_id TEXT PRIMARY KEY,
         conv_id TEXT NOT NULL REFERENCES conversations(id),
         sequence INTEGER NOT NULL,
         public_key TEXT NOT NULL,
         created_ts INTEGER NOT NULL);
       CREATE INDEX auth_requests_conv ON auth_requests(conv_id);)",
    // 3: the reference identity provider's customer accounts (the brand's login page).
    R"(CREATE TABLE customer_accounts (
         subject TEXT PRIMARY KEY,
         username TEXT NOT NULL UNIQUE,
         password_hash TEXT NOT NULL,
         name TEXT NOT NULL,
         email TEXT NOT NULL,
         attributes_json TEXT NOT NULL DEFAULT '{}');)",
    // 4: the identity a customer proved in a conversation (reported by the agent's desk; no token).
    R"(ALTER TABLE conversations ADD COLUMN verified_identity_json TEXT NOT NULL DEFAULT '{}')",
    // 5: verified identities (issuer + subject) linked to the conversations they were proved in.
    R"(CREATE TABLE identity_links (
         conv_id TEXT NOT NULL REFERENCES conversations(id),
         issuer TEXT NOT NULL,
         subject TEXT NOT NULL,
         request_id TEXT NOT NULL DEFAULT '',
         verified_ts INTEGER NOT NULL,
         expires_ts INTEGER NOT NULL DEFAULT 0,
         PRIMARY KEY (conv_id, issuer, subject));
       CREATE INDEX identity_links_identity ON identity_links(issuer, subject);
       CREATE INDEX conversations_consumer ON conversations(consumer_id);)",
    // 6: every event's place in its conversation's hash chain (filled for older events when the
    // store opens), and the append-only audit log with its own chain. Triggers that refuse
    // changes to either are added for each backend (appendOnlyTriggers).
    R"(ALTER TABLE events ADD COLUMN chain_hash TEXT NOT NULL DEFAULT '';
       CREATE TABLE audit_log (
         seq INTEGER PRIMARY KEY,
         ts INTEGER NOT NULL,
         actor TEXT NOT NULL,
         action TEXT NOT NULL,
         conv_id TEXT NOT NULL DEFAULT '',
         request_id TEXT NOT NULL DEFAULT '',
         details_json TEXT NOT NULL DEFAULT '{}',
         prev_hash TEXT NOT NULL,
         hash TEXT NOT NULL);
       CREATE INDEX audit_log_conv ON audit_log(conv_id);
       CREATE INDEX audit_log_action ON audit_log(action, ts);)",
    // 7: full-text search over what was said (FTS5 on SQLite, a tsvector index on PostgreSQL: see
    // searchStatements), and conversations by start time for the review's lists.
    R"(CREATE INDEX conversations_start ON conversations(start_ts);
       ALTER TABLE consumers ADD COLUMN name_folded TEXT NOT NULL DEFAULT '';
       ALTER TABLE conversations ADD COLUMN channel TEXT NOT NULL DEFAULT '')",
    // 8: supervisors who joined a conversation as MANAGER (they may write to the customer).
    R"(CREATE TABLE conversation_managers (
         conv_id TEXT NOT NULL REFERENCES conversations(id),
         user_id TEXT NOT NULL,
         joined_ts INTEGER NOT NULL,
         PRIMARY KEY (conv_id, user_id)))",
    // 9: desks' idempotency keys: an event sent again after a lost answer is stored once.
    R"(ALTER TABLE events ADD COLUMN client_key TEXT;
       CREATE UNIQUE INDEX events_client_key ON events(conv_id, client_key)
         WHERE client_key IS NOT NULL)",
    // 10: the hub's own secrets that must outlive a restart (the key customers' links derive from).
    R"(CREATE TABLE hub_secrets (
         name TEXT PRIMARY KEY,
         value TEXT NOT NULL))",
    // 11: how the agent who closed a conversation summed it up (the team's disposition code).
    R"(ALTER TABLE conversations ADD COLUMN disposition_code TEXT NOT NULL DEFAULT '';
       ALTER TABLE conversations ADD COLUMN disposition_note TEXT NOT NULL DEFAULT '')",
    // 12: what several hubs on one database share: desks' logins (a SHA-256 of each bearer,
    // never the bearer itself), and which agents each live hub has online. An agent's open
    // conversations by index (each desk's subscription asks for them).
    R"(CREATE TABLE bearer_grants (
         token_hash TEXT PRIMARY KEY,
         agent_id TEXT NOT NULL,
         role TEXT NOT NULL,
         expires_ts INTEGER NOT NULL);
       CREATE INDEX bearer_grants_expiry ON bearer_grants(expires_ts);
       CREATE INDEX conversations_assigned ON conversations(assigned_agent, state);
       CREATE TABLE hubs (
         hub_id TEXT PRIMARY KEY,
         seen_ts INTEGER NOT NULL);
       CREATE TABLE hub_presence (
         hub_id TEXT NOT NULL,
         agent_id TEXT NOT NULL,
         PRIMARY KEY (hub_id, agent_id)))",
    // 13: what the hub must remember of each sign-in across restarts and across the hubs on one
    // database: when it was answered and whether with a token (a request is answered once), the
    // identity the hub verified itself when it held the token (iOS 16+), and the token each
    // provider-signed proof was about, so that one token proves one sign-in. Identities desks
    // reported before are only their agents' word: they no longer link anyone's history.
    R"(ALTER TABLE auth_requests ADD COLUMN answered_ts INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE auth_requests ADD COLUMN signed_in INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE auth_requests ADD COLUMN hub_identity_json TEXT NOT NULL DEFAULT '{}';
       CREATE TABLE identity_proofs (
         issuer TEXT NOT NULL,
         token_id TEXT NOT NULL,
         request_id TEXT NOT NULL,
         PRIMARY KEY (issuer, token_id));
       DELETE FROM identity_links WHERE conv_id IN (SELECT id FROM conversations
         WHERE verified_identity_json NOT LIKE '%"reportedBy":"hub"%'))",
    // 14: how much each conversation stores (its events as JSON, in bytes), so that one
    // conversation cannot fill the database. Conversations stored before are counted in
    // characters, which is no more than their bytes.
    R"(ALTER TABLE conversations ADD COLUMN stored_bytes INTEGER NOT NULL DEFAULT 0;
       UPDATE conversations SET stored_bytes = (SELECT COALESCE(SUM(LENGTH(event_json) +
         LENGTH(metadata_json)), 0) FROM events WHERE events.conv_id = conversations.id))",
    // 15: a user's logins by user, newest last: each login keeps only the user's latest few.
    R"(CREATE INDEX bearer_grants_agent ON bearer_grants(agent_id, expires_ts))",
};

constexpr int kSearchMigration = 7;

// Both backends search the same way: words lower-cased, no stemming, diacritics kept.
QStringList searchStatements(Store::Backend backend)
{
    if (backend == Store::Backend::Sqlite) {
        return {
            // conv_id is indexed too, so "this conversation's matches" is a fast intersection.
            u"CREATE VIRTUAL TABLE events_fts USING fts5(text, conv_id, sequence UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 0', prefix = '3 4')"_s,
            u"CREATE TRIGGER events_fts_insert AFTER INSERT ON events "
            "WHEN json_extract(NEW.event_json, '$.message') IS NOT NULL BEGIN "
            "INSERT INTO events_fts (text, conv_id, sequence) VALUES "
            "(json_extract(NEW.event_json, '$.message'), NEW.conv_id, NEW.sequence); END"_s,
            u"INSERT INTO events_fts (text, conv_id, sequence) SELECT "
            "json_extract(event_json, '$.message'), conv_id, sequence FROM events "
            "WHERE json_extract(event_json, '$.message') IS NOT NULL"_s,
        };
    }
    return {
        u"CREATE INDEX events_search ON events USING GIN "
        "(to_tsvector('simple', COALESCE(event_json::json ->> 'message', '')))"_s,
    };
}

constexpr int kAppendOnlyMigration = 6;

// Statements that cannot go through the ';' split above (trigger bodies contain ';').
QStringList appendOnlyTriggers(Store::Backend backend)
{
    if (backend == Store::Backend::Sqlite) {
        return {
            u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
            "SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s,
            u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
            "SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s,
            u"CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN "
            "SELECT RAISE(ABORT, 'transcripts are append-only'); END"_s,
            // Only an event written before the chain existed may get its hash, once.
            u"CREATE TRIGGER events_no_update BEFORE UPDATE ON events WHEN OLD.chain_hash <> '' "
            "BEGIN SELECT RAISE(ABORT, 'transcripts are append-only'); END"_s,
        };
    }
    return {
        u"CREATE FUNCTION signet_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$"_s,
        u"CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION signet_append_only()"_s,
        u"CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
        "FOR EACH ROW EXECUTE FUNCTION signet_append_only()"_s,
        u"CREATE TRIGGER events_no_update BEFORE UPDATE ON events FOR EACH ROW "
        "WHEN (OLD.chain_hash <> '') EXECUTE FUNCTION signet_append_only()"_s,
    };
}

QString toText(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue fromText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonObject contextJson(const ConversationContext &context)
{
    ConversationDetails holder;
    holder.context = context;
    return toJson(holder).value("context"_L1).toObject();
}

ConversationContext contextFromJson(const QString &text)
{
    QJsonObject holder = toJson(ConversationDetails{});
    holder.insert("convId"_L1, u"x"_s);
    holder.insert("context"_L1, fromText(text));
    Result<ConversationDetails> details = decodeConversationDetails(holder);
    return details ? details->context : ConversationContext{};
}

// Qt binds a null QString as SQL NULL; the schema's text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

// The migrations are written for SQLite; PostgreSQL needs 64-bit integers (timestamps are in
// milliseconds) and has no WITHOUT ROWID tables.
QString forBackend(const QString &sql, Store::Backend backend)
{
    if (backend == Store::Backend::Sqlite)
        return sql;
    QString out = sql;
    out.replace(QRegularExpression(u"\\bINTEGER\\b"_s), u"BIGINT"_s);
    out.remove(u" WITHOUT ROWID"_s);
    return out;
}

bool isPostgresUrl(const QString &location)
{
    return location.startsWith("postgresql://"_L1) || location.startsWith("postgres://"_L1);
}

// Any number will do, as long as it is always the same: it serialises migrations between hubs
// starting at once on one PostgreSQL database.
constexpr qint64 kMigrationLock = 0x5167'6e65'7400;

Error sqlFailure(const QSqlQuery &query, const QString &what)
{
    qCWarning(lcStore) << what << "failed:" << query.lastError().text();
    return fail(u"%1 failed: %2"_s.arg(what, query.lastError().text()));
}

} // namespace

Store::Store()
    : m_connectionName(u"signet-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Store::~Store()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Store::displayLocation(const QString &location)
{
    if (!isPostgresUrl(location))
        return location;
    QUrl url(location);
    url.setPassword(QString());
    return url.toString();
}

Status Store::open(const QString &location)
{
    if (isPostgresUrl(location))
        return openPostgres(location);
    return openSqlite(location.startsWith("sqlite:"_L1) ? location.mid(7) : location);
}

Status Store::openSqlite(const QString &path)
{
    m_backend = Backend::Sqlite;
    if (path.isEmpty())
        return fail(u"No database file was given (sqlite:PATH)."_s);
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(u"The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)."_s);
    const QFileInfo info(path);
    // Owner-only whatever the umask: the database holds the hub's secrets and every transcript.
    // SQLite gives the -wal and -shm files the database file's mode, so the file is made first.
    if (!makeOwnerOnlyPath(info.absolutePath()))
        return fail(u"Cannot create the data directory %1"_s.arg(info.absolutePath()));
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
        if (!(file == path ? ensureOwnerOnlyFile(file) : restrictToOwner(file)))
            return fail(u"Cannot make %1 readable by its owner only."_s.arg(file));
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    database.setDatabaseName(path);
    database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!database.open())
        return fail(u"Cannot open the database %1: %2"_s.arg(path, database.lastError().text()));
    // WAL for concurrent readers; synchronous=FULL so an acknowledged event survives power loss.
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                  u"PRAGMA foreign_keys=ON"_s}) {
        Status status = exec(pragma);
        if (!status)
            return status;
    }
    if (Status migrated = migrate(); !migrated)
        return migrated;
    if (Status chained = backfillChains(); !chained)
        return chained;
    return backfillFoldedNames();
}

Status Store::openPostgres(const QString &location)
{
    m_backend = Backend::Postgres;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return fail(
            u"The Qt PostgreSQL driver is not installed (Debian package libqt6sql6-psql)."_s);
    const QUrl url(location, QUrl::StrictMode);
    const QString shown = displayLocation(location);
    if (!url.isValid())
        return fail(u"Not a PostgreSQL URL: %1"_s.arg(shown));
    const QString databaseName = url.path().mid(1);
    if (databaseName.isEmpty() || databaseName.contains(u'/'))
        return fail(
            u"The PostgreSQL URL names no database (postgresql://HOST/DATABASE): %1"_s.arg(shown));
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    database.setDatabaseName(databaseName);
    database.setUserName(url.userName(QUrl::FullyDecoded));
    database.setPassword(url.password(QUrl::FullyDecoded));
    QString host = url.host(QUrl::FullyDecoded);
    QStringList options;
    bool sslModeGiven = false;
    bool timeoutGiven = false;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == "host"_L1) {
            host = value; // a socket directory, as libpq takes it
            continue;
        }
        if (key.contains(u';') || value.contains(u';') || key.contains(u'='))
            return fail(u"PostgreSQL connection option %1 is not valid."_s.arg(key));
        sslModeGiven = sslModeGiven || key == "sslmode"_L1;
        timeoutGiven = timeoutGiven || key == "connect_timeout"_L1;
        options << u"%1=%2"_s.arg(key, value);
    }
    database.setHostName(host);
    if (url.port() > 0)
        database.setPort(url.port());
    // TLS verified by default off this computer; a socket or loopback needs none.
    ServerEndpoint where;
    where.baseUrl = QUrl(u"postgresql://"_s + (host.isEmpty() ? u"localhost"_s : host));
    const bool local = host.isEmpty() || host.startsWith(u'/') || where.isLoopback();
    if (!sslModeGiven && !local)
        options << u"sslmode=verify-full"_s;
    if (!timeoutGiven)
        options << u"connect_timeout=10"_s;
    database.setConnectOptions(options.join(u';'));
    if (!database.open())
        return fail(u"Cannot connect to PostgreSQL at %1: %2"_s.arg(
            shown, database.lastError().text().trimmed()));
    for (const QString &setting :
         {u"SET client_min_messages = WARNING"_s, u"SET synchronous_commit = on"_s}) {
        if (Status status = exec(setting); !status)
            return status;
    }
    if (Status status =
            exec(u"CREATE TABLE IF NOT EXISTS signet_schema (version BIGINT NOT NULL)"_s);
        !status)
        return status;
    if (Status migrated = migrate(); !migrated)
        return migrated;
    if (Status chained = backfillChains(); !chained)
        return chained;
    return backfillFoldedNames();
}

Status Store::exec(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql))
        return sqlFailure(query, sql.left(60));
    return Done{};
}

int Store::schemaVersion() const
{
    QSqlQuery query(db());
    const QString sql = m_backend == Backend::Sqlite
                            ? u"PRAGMA user_version"_s
                            : u"SELECT COALESCE(MAX(version), 0) FROM signet_schema"_s;
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status Store::migrate()
{
    const int target = static_cast<int>(std::size(kMigrations));
    for (;;) {
        QSqlDatabase database = db();
        if (!database.transaction())
            return fail(u"Could not start a transaction: %1"_s.arg(database.lastError().text()));
        if (m_backend == Backend::Postgres) {
            QSqlQuery lock(database);
            if (!lock.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kMigrationLock))) {
                database.rollback();
                return sqlFailure(lock, u"Locking the schema"_s);
            }
        }
        // Read under the lock: another hub may have migrated meanwhile.
        const int version = schemaVersion();
        if (version < 0) {
            database.rollback();
            return fail(u"The schema version could not be read."_s);
        }
        if (version > target) {
            database.rollback();
            return fail(
                u"The database was written by a newer signet-hub (schema %1, this one knows %2)."_s
                    .arg(version)
                    .arg(target));
        }
        if (version == target) {
            database.commit();
            return Done{};
        }
        QStringList statements = forBackend(QString::fromUtf8(kMigrations[version]), m_backend)
                                     .split(u';', Qt::SkipEmptyParts);
        if (version + 1 == kAppendOnlyMigration)
            statements += appendOnlyTriggers(m_backend);
        if (version + 1 == kSearchMigration)
            statements += searchStatements(m_backend);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery query(database);
            if (!query.exec(statement)) {
                database.rollback();
                return sqlFailure(query, u"Schema migration %1"_s.arg(version + 1));
            }
        }
        QSqlQuery bump(database);
        const QString bumpSql =
            m_backend == Backend::Sqlite
                ? u"PRAGMA user_version=%1"_s.arg(version + 1)
                : u"DELETE FROM signet_schema; INSERT INTO signet_schema VALUES (%1)"_s.arg(
                      version + 1);
        for (const QString &statement : bumpSql.split(u"; "_s)) {
            if (!bump.exec(statement)) {
                database.rollback();
                return sqlFailure(bump, u"Schema version update"_s);
            }
        }
        if (!database.commit())
            return fail(u"Schema migration %1 could not be committed"_s.arg(version + 1));
        qCInfo(lcStore) << "migrated schema to version" << version + 1;
    }
}

Status Store::upsertAgent(const QString &username, const QString &displayName, const QString &role,
                          const QString &password)
{
    if (username.trimmed().isEmpty())
        return fail(u"The user name must not be empty."_s);
    if (role != "agent"_L1 && role != "supervisor"_L1)
        return fail(u"The role must be agent or supervisor."_s);
    if (password.size() < 8)
        return fail(u"The password must have at least 8 characters."_s);
    const QString hash = Crypto::PasswordHash::create(password);
    if (hash.isEmpty())
        return fail(u"Could not hash the password."_s);
    const std::optional<AgentRecord> existing = agentByName(username);
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO agents (id, username, display_name, role, password_hash) VALUES "
                  u"(?, ?, ?, ?, ?) "
                  "ON CONFLICT(username) DO UPDATE SET display_name = excluded.display_name, "
                  "role = excluded.role, password_hash = excluded.password_hash"_s);
    query.addBindValue(existing ? existing->id
                                : QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(username);
    query.addBindValue(displayName.isEmpty() ? username : displayName);
    query.addBindValue(role);
    query.addBindValue(hash);
    if (!query.exec())
        return sqlFailure(query, u"Saving the agent"_s);
    return Done{};
}

std::optional<AgentRecord> Store::agentByName(const QString &username) const
{
    QSqlQuery query(db());
    query.prepare(
        u"SELECT id, username, display_name, role, password_hash FROM agents WHERE username = ?"_s);
    query.addBindValue(username);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return AgentRecord{query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString()};
}

std::optional<AgentRecord> Store::agent(const QString &id) const
{
    QSqlQuery query(db());
    query.prepare(
        u"SELECT id, username, display_name, role, password_hash FROM agents WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return AgentRecord{query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString()};
}

QList<AgentRecord> Store::agents() const
{
    QList<AgentRecord> out;
    QSqlQuery query(db());
    if (!query.exec(u"SELECT id, username, display_name, role FROM agents ORDER BY display_name"_s))
        return out;
    while (query.next())
        out.append(AgentRecord{query.value(0).toString(), query.value(1).toString(),
                               query.value(2).toString(), query.value(3).toString(), QString()});
    return out;
}

Result<QByteArray> Store::hubSecret(const QString &name)
{
    // Made once; every hub on this database (and every restart) reads the same one.
    QSqlQuery insert(db());
    insert.prepare(u"INSERT INTO hub_secrets (name, value) VALUES (?, ?) "
                   "ON CONFLICT (name) DO NOTHING"_s);
    insert.addBindValue(name);
    insert.addBindValue(Crypto::randomToken(32));
    if (!insert.exec())
        return sqlFailure(insert, u"Storing the hub's secret"_s);
    QSqlQuery query(db());
    query.prepare(u"SELECT value FROM hub_secrets WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return fail(u"The hub's secret %1 could not be read."_s.arg(name));
    return query.value(0).toString().toLatin1();
}

Status Store::upsertConsumer(const ConsumerRecord &consumer)
{
    QSqlQuery query(db());
    query.prepare(
        u"INSERT INTO consumers (id, first_name, last_name, context_json, name_folded) VALUES "
        "(?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET first_name = excluded.first_name, "
        "last_name = excluded.last_name, context_json = excluded.context_json, "
        "name_folded = excluded.name_folded"_s);
    query.addBindValue(consumer.id);
    query.addBindValue(text(consumer.firstName));
    query.addBindValue(text(consumer.lastName));
    query.addBindValue(toText(contextJson(consumer.context)));
    query.addBindValue(Review::SearchQuery::fold(consumer.firstName + u' ' + consumer.lastName));
    if (!query.exec())
        return sqlFailure(query, u"Saving the consumer"_s);
    return Done{};
}

bool Store::consumerKnownTo(const QString &consumerId, const QString &agentId) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT 1 FROM conversations WHERE consumer_id = ? AND (assigned_agent = ? OR "
                  "(state = 'OPEN' AND assigned_agent = '')) LIMIT 1"_s);
    query.addBindValue(consumerId);
    query.addBindValue(agentId);
    return query.exec() && query.next();
}

std::optional<ConsumerRecord> Store::consumer(const QString &id) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT id, first_name, last_name, context_json FROM consumers WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ConsumerRecord{query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), contextFromJson(query.value(3).toString())};
}

Result<ConversationDetails> Store::createConversation(const QString &consumerId,
                                                      const ConversationContext &context,
                                                      const QString &skill, qint64 startTs)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query(db());
    query.prepare(
        u"INSERT INTO conversations (id, consumer_id, state, skill, start_ts, context_json, "
        "channel) VALUES (?, ?, 'OPEN', ?, ?, ?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(consumerId);
    query.addBindValue(text(skill));
    query.addBindValue(startTs > 0 ? startTs : QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(toText(contextJson(context)));
    query.addBindValue(channelName(context.channel));
    if (!query.exec())
        return sqlFailure(query, u"Creating the conversation"_s);
    std::optional<ConversationDetails> details = conversation(id);
    if (!details)
        return fail(u"The new conversation could not be read back."_s);
    return *details;
}

std::optional<ConversationDetails> Store::detailsFromQuery(QSqlQuery &query) const
{
    ConversationDetails d;
    d.convId = query.value(0).toString();
    const QString consumerId = query.value(1).toString();
    d.state = query.value(2).toString() == "OPEN"_L1 ? ConversationState::Open
                                                     : ConversationState::Closed;
    d.stage = d.state == ConversationState::Open ? u"OPEN"_s : u"CLOSE"_s;
    d.skill = query.value(3).toString();
    d.startTs = query.value(4).toLongLong();
    d.endTs = query.value(5).toLongLong();
    const QString agentId = query.value(6).toString();
    d.context = contextFromJson(query.value(7).toString());
    d.verifiedIdentity = fromText(query.value(8).toString()).toObject();
    d.dispositionCode = query.value(9).toString();
    d.dispositionNote = query.value(10).toString();
    d.participants.append(Participant{consumerId, ParticipantRole::Consumer});
    if (!agentId.isEmpty())
        d.participants.append(Participant{agentId, ParticipantRole::AssignedAgent});
    d.dialogs.append(Dialog{d.convId, u"MESSAGING"_s, d.state});
    return d;
}

std::optional<ConversationDetails> Store::conversation(const QString &id) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT id, consumer_id, state, skill, start_ts, end_ts, assigned_agent, "
                  u"context_json, verified_identity_json, disposition_code, disposition_note "
                  "FROM conversations WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    std::optional<ConversationDetails> details = detailsFromQuery(query);
    QSqlQuery managers(db());
    managers.prepare(
        u"SELECT user_id FROM conversation_managers WHERE conv_id = ? ORDER BY joined_ts"_s);
    managers.addBindValue(id);
    if (details && managers.exec()) {
        while (managers.next())
            details->participants.append(
                Participant{managers.value(0).toString(), ParticipantRole::Manager});
    }
    return details;
}

QList<ConversationDetails> Store::openConversations(const QString &visibleTo) const
{
    QList<ConversationDetails> out;
    QSqlQuery query(db());
    const QString select =
        u"SELECT id, consumer_id, state, skill, start_ts, end_ts, assigned_agent, "
        u"context_json, verified_identity_json, disposition_code, disposition_note "
        "FROM conversations WHERE state = 'OPEN'"_s;
    if (visibleTo.isEmpty()) {
        query.prepare(select + u" ORDER BY start_ts"_s);
    } else {
        query.prepare(select +
                      u" AND (assigned_agent = '' OR assigned_agent = ?) ORDER BY start_ts"_s);
        query.addBindValue(visibleTo);
    }
    if (!query.exec())
        return out;
    QHash<QString, qsizetype> rows;
    while (query.next()) {
        if (std::optional<ConversationDetails> d = detailsFromQuery(query)) {
            rows.insert(d->convId, out.size());
            out.append(*d);
        }
    }
    // Every open conversation's managers in one query, not one per conversation.
    QSqlQuery managers(db());
    if (managers.exec(u"SELECT m.conv_id, m.user_id FROM conversation_managers m "
                      "JOIN conversations c ON c.id = m.conv_id WHERE c.state = 'OPEN' "
                      "ORDER BY m.joined_ts"_s)) {
        while (managers.next()) {
            const qsizetype row = rows.value(managers.value(0).toString(), -1);
            if (row >= 0)
                out[row].participants.append(
                    Participant{managers.value(1).toString(), ParticipantRole::Manager});
        }
    }
    return out;
}

Status Store::addManager(const QString &convId, const QString &userId)
{
    QSqlQuery query(db());
    // Joining twice is not an error: the first join time stays.
    query.prepare(u"INSERT INTO conversation_managers (conv_id, user_id, joined_ts) "
                  "VALUES (?, ?, ?) ON CONFLICT (conv_id, user_id) DO NOTHING"_s);
    query.addBindValue(convId);
    query.addBindValue(userId);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return sqlFailure(query, u"Adding the manager"_s);
    return Done{};
}

Status Store::removeManager(const QString &convId, const QString &userId)
{
    QSqlQuery query(db());
    query.prepare(u"DELETE FROM conversation_managers WHERE conv_id = ? AND user_id = ?"_s);
    query.addBindValue(convId);
    query.addBindValue(userId);
    if (!query.exec())
        return sqlFailure(query, u"Removing the manager"_s);
    return Done{};
}

Status Store::setAssignedAgent(const QString &convId, const QString &agentId)
{
    QSqlQuery query(db());
    query.prepare(u"UPDATE conversations SET assigned_agent = ? WHERE id = ?"_s);
    query.addBindValue(text(agentId));
    query.addBindValue(convId);
    if (!query.exec())
        return sqlFailure(query, u"Assigning the conversation"_s);
    return Done{};
}

Status Store::setVerifiedIdentity(const QString &convId, const QJsonObject &identity)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return fail(u"Could not start a transaction: %1"_s.arg(database.lastError().text()));
    QSqlQuery query(database);
    query.prepare(u"UPDATE conversations SET verified_identity_json = ? WHERE id = ?"_s);
    query.addBindValue(toText(identity));
    query.addBindValue(convId);
    if (!query.exec()) {
        database.rollback();
        return sqlFailure(query, u"Recording the verified identity"_s);
    }
    const QString issuer = identity.value("issuer"_L1).toString();
    const QString subject = identity.value("subject"_L1).toString();
    // Only an identity the hub checked joins the customer's history; an agent's assertion is
    // kept with the conversation and no more.
    if (!issuer.isEmpty() && !subject.isEmpty() && isCheckedIdentity(identity)) {
        // The link that makes this conversation part of the identity's history.
        QSqlQuery link(database);
        link.prepare(u"INSERT INTO identity_links (conv_id, issuer, subject, request_id, "
                     "verified_ts, expires_ts) VALUES (?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT (conv_id, issuer, subject) DO UPDATE SET "
                     "request_id = excluded.request_id, verified_ts = excluded.verified_ts, "
                     "expires_ts = excluded.expires_ts"_s);
        link.addBindValue(convId);
        link.addBindValue(issuer);
        link.addBindValue(subject);
        link.addBindValue(text(identity.value("requestIdentifier"_L1).toString()));
        link.addBindValue(
            identity.value("reportedAt"_L1).toInteger(QDateTime::currentMSecsSinceEpoch()));
        link.addBindValue(identity.value("expiresAt"_L1).toInteger(0));
        if (!link.exec()) {
            database.rollback();
            return sqlFailure(link, u"Linking the verified identity"_s);
        }
    }
    if (!database.commit())
        return fail(
            u"Could not commit the verified identity: %1"_s.arg(database.lastError().text()));
    return Done{};
}

QList<HistoryEntry> Store::history(const QString &issuer, const QString &subject) const
{
    QList<HistoryEntry> out;
    QSqlQuery query(db());
    // The conversations the identity was proved in, and every conversation of the same customers
    // (consumer ids) — those may be unverified, and say so.
    query.prepare(
        u"SELECT c.id, c.state, c.start_ts, c.end_ts, c.assigned_agent, c.context_json, "
        "COALESCE(a.display_name, ''), "
        "(SELECT COUNT(*) FROM identity_links l WHERE l.conv_id = c.id AND l.issuer = ? AND "
        "l.subject = ?), "
        "(SELECT COUNT(*) FROM events e WHERE e.conv_id = c.id AND e.is_content = 1), "
        "(SELECT e.event_json FROM events e WHERE e.conv_id = c.id AND e.is_content = 1 "
        "ORDER BY e.sequence DESC LIMIT 1) "
        "FROM conversations c LEFT JOIN agents a ON a.id = c.assigned_agent "
        "WHERE c.id IN (SELECT conv_id FROM identity_links WHERE issuer = ? AND subject = ?) "
        "OR c.consumer_id IN (SELECT c2.consumer_id FROM conversations c2 JOIN identity_links l2 "
        "ON l2.conv_id = c2.id WHERE l2.issuer = ? AND l2.subject = ?) "
        "ORDER BY c.start_ts DESC, c.id LIMIT 1000"_s);
    for (int i = 0; i < 3; ++i) {
        query.addBindValue(issuer);
        query.addBindValue(subject);
    }
    if (!query.exec()) {
        qCWarning(lcStore) << "history query failed:" << query.lastError().text();
        return out;
    }
    while (query.next()) {
        HistoryEntry e;
        e.conversationId = query.value(0).toString();
        e.state = query.value(1).toString() == "OPEN"_L1 ? ConversationState::Open
                                                         : ConversationState::Closed;
        e.startTs = query.value(2).toLongLong();
        e.endTs = query.value(3).toLongLong();
        e.agentId = query.value(4).toString();
        e.channel = contextFromJson(query.value(5).toString()).channel;
        e.agentName = query.value(6).toString();
        e.verified = query.value(7).toLongLong() > 0;
        e.messageCount = query.value(8).toInt();
        if (Result<Event> last = decodeEvent(fromText(query.value(9).toString()).toObject()))
            e.lastText = last->message;
        out.append(e);
    }
    return out;
}

Status Store::closeConversation(const QString &convId, qint64 endTs, const QString &dispositionCode,
                                const QString &dispositionNote)
{
    QSqlQuery query(db());
    query.prepare(u"UPDATE conversations SET state = 'CLOSE', end_ts = ?, disposition_code = ?, "
                  "disposition_note = ? WHERE id = ?"_s);
    query.addBindValue(endTs > 0 ? endTs : QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(text(dispositionCode));
    query.addBindValue(text(dispositionNote));
    query.addBindValue(convId);
    if (!query.exec())
        return sqlFailure(query, u"Closing the conversation"_s);
    return Done{};
}

Result<bool> Store::claimConversation(const QString &convId, const QString &agentId)
{
    QSqlQuery query(db());
    query.prepare(u"UPDATE conversations SET assigned_agent = ? "
                  "WHERE id = ? AND assigned_agent = '' AND state = 'OPEN'"_s);
    query.addBindValue(text(agentId));
    query.addBindValue(convId);
    if (!query.exec())
        return sqlFailure(query, u"Assigning the conversation"_s);
    return query.numRowsAffected() == 1;
}

Status Store::saveGrant(const StoredGrant &grant)
{
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO bearer_grants (token_hash, agent_id, role, expires_ts) "
                  "VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(grant.tokenHash);
    query.addBindValue(text(grant.agentId));
    query.addBindValue(text(grant.role));
    query.addBindValue(grant.expiresTs);
    if (!query.exec())
        return sqlFailure(query, u"Saving a login"_s);
    return Done{};
}

std::optional<Store::StoredGrant> Store::grant(const QString &tokenHash) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT agent_id, role, expires_ts FROM bearer_grants WHERE token_hash = ?"_s);
    query.addBindValue(tokenHash);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return StoredGrant{tokenHash, query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toLongLong()};
}

Result<bool> Store::extendGrant(const QString &tokenHash, qint64 expiresTs, qint64 now)
{
    QSqlQuery query(db());
    query.prepare(
        u"UPDATE bearer_grants SET expires_ts = ? WHERE token_hash = ? AND expires_ts > ?"_s);
    query.addBindValue(expiresTs);
    query.addBindValue(tokenHash);
    query.addBindValue(now);
    if (!query.exec())
        return sqlFailure(query, u"Extending a login"_s);
    return query.numRowsAffected() == 1;
}

Result<bool> Store::removeGrant(const QString &tokenHash)
{
    QSqlQuery query(db());
    query.prepare(u"DELETE FROM bearer_grants WHERE token_hash = ?"_s);
    query.addBindValue(tokenHash);
    if (!query.exec())
        return sqlFailure(query, u"Ending a login"_s);
    return query.numRowsAffected() == 1;
}

Result<int> Store::revokeGrants(const QString &agentId)
{
    QSqlQuery query(db());
    query.prepare(u"DELETE FROM bearer_grants WHERE agent_id = ?"_s);
    query.addBindValue(agentId);
    if (!query.exec())
        return sqlFailure(query, u"Ending a user's logins"_s);
    return static_cast<int>(std::max(0, query.numRowsAffected()));
}

Result<int> Store::trimGrants(const QString &agentId, int keep)
{
    QSqlQuery query(db());
    query.prepare(u"DELETE FROM bearer_grants WHERE agent_id = ? AND token_hash NOT IN (SELECT "
                  "token_hash FROM bearer_grants WHERE agent_id = ? ORDER BY expires_ts DESC "
                  "LIMIT ?)"_s);
    query.addBindValue(agentId);
    query.addBindValue(agentId);
    query.addBindValue(keep);
    if (!query.exec())
        return sqlFailure(query, u"Ending a user's oldest logins"_s);
    return static_cast<int>(std::max(0, query.numRowsAffected()));
}

std::optional<QSet<QString>> Store::liveGrantHashes(qint64 now) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT token_hash FROM bearer_grants WHERE expires_ts > ?"_s);
    query.addBindValue(now);
    if (!query.exec())
        return std::nullopt;
    QSet<QString> out;
    while (query.next())
        out.insert(query.value(0).toString());
    return out;
}

Result<bool> Store::removeAgent(const QString &username)
{
    const std::optional<AgentRecord> record = agentByName(username);
    if (!record)
        return false;
    QSqlDatabase database = db();
    if (!database.transaction())
        return fail(u"Could not start a transaction: %1"_s.arg(database.lastError().text()));
    for (const QString &sql :
         {u"DELETE FROM bearer_grants WHERE agent_id = ?"_s,
          u"DELETE FROM hub_presence WHERE agent_id = ?"_s, u"DELETE FROM agents WHERE id = ?"_s}) {
        QSqlQuery query(database);
        query.prepare(sql);
        query.addBindValue(record->id);
        if (!query.exec()) {
            database.rollback();
            return sqlFailure(query, u"Removing the user"_s);
        }
    }
    if (!database.commit())
        return fail(u"Could not remove the user: %1"_s.arg(database.lastError().text()));
    return true;
}

Status Store::pruneGrants(qint64 now)
{
    QSqlQuery query(db());
    query.prepare(u"DELETE FROM bearer_grants WHERE expires_ts <= ?"_s);
    query.addBindValue(now);
    if (!query.exec())
        return sqlFailure(query, u"Forgetting expired logins"_s);
    return Done{};
}

Status Store::setPresence(const QString &hubId, const QStringList &onlineAgents, qint64 now,
                          bool changed)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return fail(u"Could not start a transaction: %1"_s.arg(database.lastError().text()));
    auto failed = [&database](const QSqlQuery &query, const QString &what) {
        database.rollback();
        return sqlFailure(query, what);
    };
    QSqlQuery seen(database);
    seen.prepare(u"INSERT INTO hubs (hub_id, seen_ts) VALUES (?, ?) "
                 "ON CONFLICT (hub_id) DO UPDATE SET seen_ts = excluded.seen_ts"_s);
    seen.addBindValue(hubId);
    seen.addBindValue(now);
    if (!seen.exec())
        return failed(seen, u"Recording the hub"_s);
    if (changed) {
        QSqlQuery clear(database);
        clear.prepare(u"DELETE FROM hub_presence WHERE hub_id = ?"_s);
        clear.addBindValue(hubId);
        if (!clear.exec())
            return failed(clear, u"Recording who is online"_s);
        QSqlQuery add(database);
        add.prepare(u"INSERT INTO hub_presence (hub_id, agent_id) VALUES (?, ?)"_s);
        for (const QString &agentId : onlineAgents) {
            add.addBindValue(hubId);
            add.addBindValue(agentId);
            if (!add.exec())
                return failed(add, u"Recording who is online"_s);
        }
    }
    if (!database.commit())
        return fail(u"Recording who is online could not be committed"_s);
    return Done{};
}

Status Store::removeHub(const QString &hubId)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return fail(u"Could not start a transaction: %1"_s.arg(database.lastError().text()));
    for (const QString &sql :
         {u"DELETE FROM hub_presence WHERE hub_id = ?"_s, u"DELETE FROM hubs WHERE hub_id = ?"_s}) {
        QSqlQuery query(database);
        query.prepare(sql);
        query.addBindValue(hubId);
        if (!query.exec()) {
            database.rollback();
            return sqlFailure(query, u"Leaving the team's hubs"_s);
        }
    }
    if (!database.commit())
        return fail(u"Leaving the team's hubs could not be committed"_s);
    return Done{};
}

QSet<QString> Store::onlineElsewhere(const QString &hubId, qint64 seenSince) const
{
    QSet<QString> out;
    QSqlQuery query(db());
    query.prepare(u"SELECT DISTINCT p.agent_id FROM hub_presence p JOIN hubs h "
                  "ON h.hub_id = p.hub_id WHERE p.hub_id <> ? AND h.seen_ts >= ?"_s);
    query.addBindValue(hubId);
    query.addBindValue(seenSince);
    if (!query.exec())
        return out;
    while (query.next())
        out.insert(query.value(0).toString());
    return out;
}

Status Store::notifyPeers(const QString &channel, const QString &payload)
{
    if (m_backend != Backend::Postgres)
        return Done{};
    QSqlQuery query(db());
    query.prepare(u"SELECT pg_notify(?, ?)"_s);
    query.addBindValue(channel);
    query.addBindValue(payload);
    if (!query.exec())
        return sqlFailure(query, u"Telling the other hubs"_s);
    return Done{};
}

Result<QString> Store::openAnotherConnection() const
{
    const QString name = u"signet-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase database = QSqlDatabase::cloneDatabase(m_connectionName, name);
    if (!database.open()) {
        const QString error = database.lastError().text().trimmed();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(u"Cannot open another connection to the database: %1"_s.arg(error));
    }
    return name;
}

Result<bool> Store::transferConversation(const QString &convId, const QString &fromAgent,
                                         const QString &toAgent, const QString &skill)
{
    QSqlQuery query(db());
    query.prepare(u"UPDATE conversations SET assigned_agent = ?, "
                  "skill = CASE WHEN ? = '' THEN skill ELSE ? END "
                  "WHERE id = ? AND assigned_agent = ? AND state = 'OPEN'"_s);
    query.addBindValue(text(toAgent));
    query.addBindValue(text(skill));
    query.addBindValue(text(skill));
    query.addBindValue(convId);
    query.addBindValue(fromAgent);
    if (!query.exec())
        return sqlFailure(query, u"Transferring the conversation"_s);
    return query.numRowsAffected() == 1;
}

QStringList Store::skills() const
{
    QSqlQuery query(db());
    QStringList out;
    if (!query.exec(u"SELECT DISTINCT skill FROM conversations WHERE skill <> '' ORDER BY skill"_s))
        return out;
    while (query.next())
        out << query.value(0).toString();
    return out;
}

Result<MessagingEvent> Store::appendEvent(const QString &convId, const QString &originatorId,
                                          ParticipantRole role, const Event &event,
                                          const QJsonArray &metadata,
                                          const Auth::AuthRequestMetadata *authRequest,
                                          qint64 serverTs, const QString &clientKey)
{
    const QString eventText = toText(toJson(event));
    const QString metadataText = toText(metadata);
    const qint64 bytes = eventText.toUtf8().size() + metadataText.toUtf8().size();
    QSqlDatabase database = db();
    if (!database.transaction())
        return fail(u"Could not start a transaction: %1"_s.arg(database.lastError().text()));
    // Counted first, under the conversation's row lock (PostgreSQL), so that two hubs appending
    // to one conversation cannot both pass the limit, nor read the same next sequence.
    QSqlQuery count(database);
    count.prepare(u"UPDATE conversations SET stored_bytes = stored_bytes + ? WHERE id = ? AND "
                  "(? <= 0 OR stored_bytes + ? <= ?)"_s);
    count.addBindValue(bytes);
    count.addBindValue(convId);
    count.addBindValue(m_maxConversationBytes);
    count.addBindValue(bytes);
    count.addBindValue(m_maxConversationBytes);
    if (!count.exec()) {
        database.rollback();
        return sqlFailure(count, u"Counting the conversation's size"_s);
    }
    if (count.numRowsAffected() != 1) {
        database.rollback();
        if (!conversation(convId))
            return fail(u"No such conversation."_s);
        const qint64 kib = m_maxConversationBytes / 1024;
        const QString limit =
            kib >= 1024 ? u"%1 MiB"_s.arg(kib / 1024) : u"%1 KiB"_s.arg(std::max<qint64>(kib, 1));
        return fail(u"This conversation has reached the %1 the hub stores for one conversation; "
                    "start a new conversation to go on."_s.arg(limit),
                    kConversationFull);
    }
    // The last event gives the next sequence and the hash this one chains to.
    QSqlQuery last(database);
    last.prepare(u"SELECT sequence, chain_hash FROM events WHERE conv_id = ? "
                 "ORDER BY sequence DESC LIMIT 1"_s);
    last.addBindValue(convId);
    if (!last.exec()) {
        database.rollback();
        return sqlFailure(last, u"Reading the next sequence"_s);
    }
    const bool first = !last.next();
    MessagingEvent m;
    m.sequence = first ? 0 : last.value(0).toLongLong() + 1;
    const QString previousHash =
        first ? Review::TranscriptChain::seed(convId) : last.value(1).toString();
    m.conversationId = convId;
    m.dialogId = convId;
    m.originatorId = originatorId;
    m.originatorRole = role;
    m.serverTimestamp = serverTs > 0 ? serverTs : QDateTime::currentMSecsSinceEpoch();
    m.event = event;
    m.metadata = metadata;

    QSqlQuery insert(database);
    // Hash what a reader will get back (the event as stored and decoded again).
    if (Result<Event> stored = decodeEvent(toJson(event)))
        m.event = stored.value();
    const QString chainHash = Review::TranscriptChain::next(previousHash, m);
    insert.prepare(
        u"INSERT INTO events (conv_id, sequence, originator_id, role, server_ts, event_json, "
        "metadata_json, is_content, chain_hash, client_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"_s);
    insert.addBindValue(convId);
    insert.addBindValue(m.sequence);
    insert.addBindValue(text(originatorId));
    insert.addBindValue(roleName(role));
    insert.addBindValue(m.serverTimestamp);
    insert.addBindValue(eventText);
    insert.addBindValue(metadataText);
    // is_content: 1 for what the customer sees (text and rich content), 2 for a private note
    // (counted and previewed nowhere the customer's conversation is summarised), 0 otherwise.
    insert.addBindValue(
        event.agentsOnly                                                               ? 2
        : event.type == Event::Type::Content || event.type == Event::Type::RichContent ? 1
                                                                                       : 0);
    insert.addBindValue(chainHash);
    insert.addBindValue(clientKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(clientKey));
    if (!insert.exec()) {
        database.rollback();
        return sqlFailure(insert, u"Storing the event"_s);
    }
    if (authRequest) {
        QSqlQuery record(database);
        record.prepare(
            u"INSERT INTO auth_requests (request_id, conv_id, sequence, public_key, created_ts) "
            "VALUES (?, ?, ?, ?, ?)"_s);
        record.addBindValue(authRequest->requestIdentifier);
        record.addBindValue(convId);
        record.addBindValue(m.sequence);
        record.addBindValue(authRequest->responseEncryptionKey);
        record.addBindValue(m.serverTimestamp);
        if (!record.exec()) {
            database.rollback();
            return sqlFailure(record, u"Recording the sign-in request"_s);
        }
    }
    if (!database.commit())
        return fail(u"Could not commit the event: %1"_s.arg(database.lastError().text()));
    return m;
}

qint64 Store::storedBytes(const QString &convId) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT stored_bytes FROM conversations WHERE id = ?"_s);
    query.addBindValue(convId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Status Store::upsertCustomerAccount(const CustomerAccount &account, const QString &password)
{
    if (account.subject.isEmpty() || account.username.trimmed().isEmpty())
        return fail(u"A customer account needs a subject and a user name."_s);
    if (password.size() < 8)
        return fail(u"The password must have at least 8 characters."_s);
    QSqlQuery query(db());
    query.prepare(
        u"INSERT INTO customer_accounts (subject, username, password_hash, name, email, "
        u"attributes_json) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(subject) DO UPDATE SET username = "
        "excluded.username, "
        "password_hash = excluded.password_hash, name = excluded.name, email = excluded.email, "
        "attributes_json = excluded.attributes_json"_s);
    query.addBindValue(account.subject);
    query.addBindValue(account.username.trimmed().toLower());
    query.addBindValue(Crypto::PasswordHash::create(password));
    query.addBindValue(text(account.name));
    query.addBindValue(text(account.email));
    query.addBindValue(toText(account.attributes));
    if (!query.exec())
        return sqlFailure(query, u"Saving the customer account"_s);
    return Done{};
}

std::optional<CustomerAccount> Store::customerAccount(const QString &column,
                                                      const QString &value) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT subject, username, password_hash, name, email, attributes_json FROM "
                  u"customer_accounts "
                  "WHERE %1 = ?"_s.arg(column));
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return CustomerAccount{
        query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toString(),
        query.value(4).toString(), fromText(query.value(5).toString()).toObject()};
}

std::optional<CustomerAccount> Store::customerAccountByUsername(const QString &username) const
{
    return customerAccount(u"username"_s, username.trimmed().toLower());
}

std::optional<CustomerAccount> Store::customerAccountBySubject(const QString &subject) const
{
    return customerAccount(u"subject"_s, subject);
}

std::optional<Store::AuthRequestRecord> Store::authRequest(const QString &requestIdentifier) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT request_id, conv_id, sequence, public_key, created_ts, answered_ts, "
                  "signed_in, hub_identity_json FROM auth_requests WHERE request_id = ?"_s);
    query.addBindValue(requestIdentifier);
    if (!query.exec() || !query.next())
        return std::nullopt;
    AuthRequestRecord record;
    record.requestIdentifier = query.value(0).toString();
    record.conversationId = query.value(1).toString();
    record.sequence = query.value(2).toLongLong();
    record.publicKey = query.value(3).toString();
    record.createdTs = query.value(4).toLongLong();
    record.answeredTs = query.value(5).toLongLong();
    record.signedIn = query.value(6).toLongLong() != 0;
    record.hubIdentity = fromText(query.value(7).toString()).toObject();
    return record;
}

Result<bool> Store::claimSignInAnswer(const QString &requestIdentifier, bool signedIn,
                                      qint64 answeredTs)
{
    // Conditional, so that of two hubs (or a hub and itself after a restart) one answers.
    QSqlQuery query(db());
    query.prepare(u"UPDATE auth_requests SET answered_ts = ?, signed_in = ? "
                  "WHERE request_id = ? AND answered_ts = 0"_s);
    query.addBindValue(std::max<qint64>(answeredTs, 1));
    query.addBindValue(signedIn ? 1 : 0);
    query.addBindValue(requestIdentifier);
    if (!query.exec())
        return sqlFailure(query, u"Recording the sign-in answer"_s);
    return query.numRowsAffected() == 1;
}

Status Store::releaseSignInAnswer(const QString &requestIdentifier)
{
    QSqlQuery query(db());
    query.prepare(u"UPDATE auth_requests SET answered_ts = 0, signed_in = 0, "
                  "hub_identity_json = '{}' WHERE request_id = ?"_s);
    query.addBindValue(requestIdentifier);
    if (!query.exec())
        return sqlFailure(query, u"Releasing the sign-in answer"_s);
    return Done{};
}

Status Store::setHubIdentity(const QString &requestIdentifier, const QJsonObject &identity)
{
    QSqlQuery query(db());
    query.prepare(u"UPDATE auth_requests SET hub_identity_json = ? WHERE request_id = ?"_s);
    query.addBindValue(toText(identity));
    query.addBindValue(requestIdentifier);
    if (!query.exec())
        return sqlFailure(query, u"Recording the identity the hub verified"_s);
    return Done{};
}

Result<bool> Store::claimIdentityProof(const QString &issuer, const QString &tokenId,
                                       const QString &requestIdentifier)
{
    QSqlQuery insert(db());
    insert.prepare(u"INSERT INTO identity_proofs (issuer, token_id, request_id) VALUES (?, ?, ?) "
                   "ON CONFLICT (issuer, token_id) DO NOTHING"_s);
    insert.addBindValue(issuer);
    insert.addBindValue(tokenId);
    insert.addBindValue(requestIdentifier);
    if (!insert.exec())
        return sqlFailure(insert, u"Recording the identity proof"_s);
    QSqlQuery query(db());
    query.prepare(u"SELECT request_id FROM identity_proofs WHERE issuer = ? AND token_id = ?"_s);
    query.addBindValue(issuer);
    query.addBindValue(tokenId);
    if (!query.exec() || !query.next())
        return sqlFailure(query, u"Reading the identity proof"_s);
    return query.value(0).toString() == requestIdentifier;
}

bool Store::hasAuthRequest(const QString &requestIdentifier) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT 1 FROM auth_requests WHERE request_id = ?"_s);
    query.addBindValue(requestIdentifier);
    return query.exec() && query.next();
}

MessagingEvent Store::eventFromQuery(QSqlQuery &query) const
{
    MessagingEvent m;
    m.conversationId = query.value(0).toString();
    m.dialogId = m.conversationId;
    m.sequence = query.value(1).toLongLong();
    m.originatorId = query.value(2).toString();
    m.originatorRole = roleFromString(query.value(3).toString());
    m.serverTimestamp = query.value(4).toLongLong();
    Result<Event> event = decodeEvent(fromText(query.value(5).toString()).toObject());
    if (event)
        m.event = event.value();
    m.metadata = fromText(query.value(6).toString()).toArray();
    return m;
}

QList<MessagingEvent> Store::events(const QString &convId, qint64 newerThanSequence,
                                    int maxQuantity) const
{
    QList<MessagingEvent> out;
    QSqlQuery query(db());
    query.prepare(
        u"SELECT conv_id, sequence, originator_id, role, server_ts, event_json, metadata_json "
        "FROM events WHERE conv_id = ? AND sequence > ? ORDER BY sequence LIMIT ?"_s);
    query.addBindValue(convId);
    query.addBindValue(newerThanSequence);
    query.addBindValue(maxQuantity);
    if (!query.exec())
        return out;
    while (query.next())
        out.append(eventFromQuery(query));
    return out;
}

std::optional<MessagingEvent> Store::eventByClientKey(const QString &convId,
                                                      const QString &clientKey) const
{
    QSqlQuery query(db());
    query.prepare(
        u"SELECT conv_id, sequence, originator_id, role, server_ts, event_json, metadata_json "
        "FROM events WHERE conv_id = ? AND client_key = ?"_s);
    query.addBindValue(convId);
    query.addBindValue(clientKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return eventFromQuery(query);
}

std::optional<MessagingEvent> Store::lastContentEvent(const QString &convId) const
{
    QSqlQuery query(db());
    query.prepare(
        u"SELECT conv_id, sequence, originator_id, role, server_ts, event_json, metadata_json "
        "FROM events WHERE conv_id = ? AND is_content = 1 ORDER BY sequence DESC LIMIT 1"_s);
    query.addBindValue(convId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return eventFromQuery(query);
}

Status Store::backfillChains()
{
    QStringList conversations;
    {
        QSqlQuery query(db());
        if (!query.exec(u"SELECT DISTINCT conv_id FROM events WHERE chain_hash = ''"_s))
            return sqlFailure(query, u"Looking for unchained events"_s);
        while (query.next())
            conversations << query.value(0).toString();
    }
    for (const QString &convId : std::as_const(conversations)) {
        QSqlDatabase database = db();
        database.transaction();
        QString previous = Review::TranscriptChain::seed(convId);
        QSqlQuery query(database);
        query.prepare(
            u"SELECT conv_id, sequence, originator_id, role, server_ts, event_json, "
            "metadata_json, chain_hash FROM events WHERE conv_id = ? ORDER BY sequence"_s);
        query.addBindValue(convId);
        if (!query.exec()) {
            database.rollback();
            return sqlFailure(query, u"Reading events to chain"_s);
        }
        QList<QPair<qint64, QString>> updates;
        while (query.next()) {
            const MessagingEvent event = eventFromQuery(query);
            const QString stored = query.value(7).toString();
            previous = stored.isEmpty() ? Review::TranscriptChain::next(previous, event) : stored;
            if (stored.isEmpty())
                updates.append({event.sequence, previous});
        }
        for (const auto &[sequence, hash] : std::as_const(updates)) {
            QSqlQuery update(database);
            update.prepare(
                u"UPDATE events SET chain_hash = ? WHERE conv_id = ? AND sequence = ?"_s);
            update.addBindValue(hash);
            update.addBindValue(convId);
            update.addBindValue(sequence);
            if (!update.exec()) {
                database.rollback();
                return sqlFailure(update, u"Chaining older events"_s);
            }
        }
        if (!database.commit())
            return fail(
                u"Could not commit the chained events: %1"_s.arg(database.lastError().text()));
        qCInfo(lcStore) << "chained" << updates.size() << "earlier events of" << convId;
    }
    return Done{};
}

QStringList Store::chainHashes(const QString &convId, qint64 newerThanSequence,
                               int maxQuantity) const
{
    QStringList out;
    QSqlQuery query(db());
    query.prepare(u"SELECT chain_hash FROM events WHERE conv_id = ? AND sequence > ? "
                  "ORDER BY sequence LIMIT ?"_s);
    query.addBindValue(convId);
    query.addBindValue(newerThanSequence);
    query.addBindValue(maxQuantity);
    if (!query.exec())
        return out;
    while (query.next())
        out << query.value(0).toString();
    return out;
}

Status Store::verifyChain(const QString &convId) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT conv_id, sequence, originator_id, role, server_ts, event_json, "
                  "metadata_json, chain_hash FROM events WHERE conv_id = ? ORDER BY sequence"_s);
    query.addBindValue(convId);
    if (!query.exec())
        return sqlFailure(query, u"Reading the transcript"_s);
    QString previous = Review::TranscriptChain::seed(convId);
    qint64 expected = 0;
    while (query.next()) {
        const MessagingEvent event = eventFromQuery(query);
        if (event.sequence != expected)
            return fail(u"Event %1 is missing from the transcript."_s.arg(expected));
        previous = Review::TranscriptChain::next(previous, event);
        if (previous != query.value(7).toString())
            return fail(u"Event %1 does not match its hash: the transcript was changed."_s.arg(
                event.sequence));
        ++expected;
    }
    return Done{};
}

QString Store::auditSeed()
{
    return QString::fromLatin1(
        QCryptographicHash::hash("signet-audit-v1", QCryptographicHash::Sha256).toHex());
}

QString Store::auditHash(const QString &previous, const AuditEntry &e)
{
    const QJsonObject canonical{{"sequence"_L1, e.sequence},
                                {"timestamp"_L1, e.timestamp},
                                {"actor"_L1, e.actor},
                                {"action"_L1, e.action},
                                {"conversationId"_L1, e.conversationId},
                                {"requestIdentifier"_L1, e.requestIdentifier},
                                {"details"_L1, e.details}};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditEntry> Store::appendAudit(const QString &actor, const QString &action,
                                      const QString &convId, const QString &requestId,
                                      const QJsonObject &details)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return fail(u"Could not start a transaction: %1"_s.arg(database.lastError().text()));
    if (m_backend == Backend::Postgres) {
        // One writer at a time across hubs sharing the database: the chain has no forks.
        QSqlQuery lock(database);
        if (!lock.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kMigrationLock + 1))) {
            database.rollback();
            return sqlFailure(lock, u"Locking the audit log"_s);
        }
    }
    QSqlQuery last(database);
    if (!last.exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s)) {
        database.rollback();
        return sqlFailure(last, u"Reading the audit log"_s);
    }
    AuditEntry e;
    const bool first = !last.next();
    e.sequence = first ? 1 : last.value(0).toLongLong() + 1;
    e.previousHash = first ? auditSeed() : last.value(1).toString();
    e.timestamp = QDateTime::currentMSecsSinceEpoch();
    e.actor = text(actor);
    e.action = action;
    e.conversationId = text(convId);
    e.requestIdentifier = text(requestId);
    e.details = details;
    e.hash = auditHash(e.previousHash, e);
    QSqlQuery insert(database);
    insert.prepare(u"INSERT INTO audit_log (seq, ts, actor, action, conv_id, request_id, "
                   "details_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(e.sequence);
    insert.addBindValue(e.timestamp);
    insert.addBindValue(e.actor);
    insert.addBindValue(e.action);
    insert.addBindValue(e.conversationId);
    insert.addBindValue(e.requestIdentifier);
    insert.addBindValue(toText(e.details));
    insert.addBindValue(e.previousHash);
    insert.addBindValue(e.hash);
    if (!insert.exec()) {
        database.rollback();
        return sqlFailure(insert, u"Writing the audit log"_s);
    }
    if (!database.commit())
        return fail(u"Could not commit the audit entry: %1"_s.arg(database.lastError().text()));
    return e;
}

namespace {
AuditEntry auditFromQuery(const QSqlQuery &query)
{
    AuditEntry e;
    e.sequence = query.value(0).toLongLong();
    e.timestamp = query.value(1).toLongLong();
    e.actor = query.value(2).toString();
    e.action = query.value(3).toString();
    e.conversationId = query.value(4).toString();
    e.requestIdentifier = query.value(5).toString();
    e.details = fromText(query.value(6).toString()).toObject();
    e.previousHash = query.value(7).toString();
    e.hash = query.value(8).toString();
    return e;
}
} // namespace

Review::TranscriptExport::HubRecords Store::exportRecords() const
{
    Review::TranscriptExport::HubRecords records;
    records.chain = [this](const QString &convId, qint64 count) {
        return chainHashes(convId, -1, static_cast<int>(std::min<qint64>(count, 1'000'000)));
    };
    records.eventsBy = [this](const QString &convId, qint64 atMs) {
        return eventCountBy(convId, atMs);
    };
    records.madeExport = [this](const QString &hash) { return madeExport(hash); };
    return records;
}

bool Store::madeExport(const QString &exportHash) const
{
    // A hex SHA-256, so the pattern below holds no wildcard of the caller's.
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (!hex.match(exportHash).hasMatch())
        return false;
    QSqlQuery query(db());
    query.prepare(u"SELECT details_json FROM audit_log WHERE action = 'export.created' AND "
                  "details_json LIKE ?"_s);
    query.addBindValue(QString(u"%"_s + exportHash + u"%"_s));
    if (!query.exec())
        return false;
    while (query.next()) {
        if (fromText(query.value(0).toString()).toObject().value("exportHash"_L1).toString() ==
            exportHash)
            return true;
    }
    return false;
}

qint64 Store::eventCountBy(const QString &convId, qint64 atMs) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT COUNT(*) FROM events WHERE conv_id = ? AND server_ts <= ?"_s);
    query.addBindValue(convId);
    query.addBindValue(atMs);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<AuditEntry> Store::audit(const AuditFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (!filter.actionPrefix.isEmpty()) {
        // A prefix without LIKE's wildcards: compare the leading characters.
        where << u"SUBSTR(action, 1, %1) = ?"_s.arg(filter.actionPrefix.size());
        values << filter.actionPrefix;
    }
    if (!filter.conversationId.isEmpty()) {
        where << u"conv_id = ?"_s;
        values << filter.conversationId;
    }
    if (!filter.actor.isEmpty()) {
        where << u"actor = ?"_s;
        values << filter.actor;
    }
    if (filter.fromTs > 0) {
        where << u"ts >= ?"_s;
        values << filter.fromTs;
    }
    if (filter.toTs > 0) {
        where << u"ts < ?"_s;
        values << filter.toTs;
    }
    QSqlQuery query(db());
    query.prepare(u"SELECT seq, ts, actor, action, conv_id, request_id, details_json, prev_hash, "
                  "hash FROM audit_log %1 ORDER BY seq LIMIT ?"_s.arg(
                      where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s)));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(std::clamp(filter.limit, 1, 100000));
    QList<AuditEntry> out;
    if (!query.exec()) {
        qCWarning(lcStore) << "audit query failed:" << query.lastError().text();
        return out;
    }
    while (query.next())
        out.append(auditFromQuery(query));
    return out;
}

Status Store::verifyAudit() const
{
    const AuditChainCheck check = checkAuditChain(db(), 0, auditSeed());
    if (!check.problem.isEmpty())
        return fail(check.problem);
    return Done{};
}

AuditChainCheck Store::checkAuditChain(const QSqlDatabase &database, qint64 fromSequence,
                                       const QString &fromHash, const std::atomic_bool *cancel)
{
    AuditChainCheck check;
    check.lastSequence = fromSequence;
    check.lastHash = fromHash;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    // From the checkpoint's own entry: it must still be there with the hash it had.
    query.prepare(u"SELECT seq, ts, actor, action, conv_id, request_id, details_json, "
                  "prev_hash, hash FROM audit_log WHERE seq >= ? ORDER BY seq"_s);
    query.addBindValue(fromSequence);
    if (!query.exec()) {
        check.problem = u"Reading the audit log failed: %1"_s.arg(query.lastError().text());
        check.unreadable = true;
        return check;
    }
    qint64 expected = fromSequence + 1;
    if (fromSequence > 0) {
        if (!query.next() || query.value(0).toLongLong() != fromSequence ||
            query.value(8).toString() != fromHash) {
            check.problem = u"Audit entry %1, checked before, was changed or removed: the log "
                            "was changed."_s.arg(fromSequence);
            return check;
        }
    }
    QString previous = fromHash;
    while (query.next()) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            check.problem = u"The check was stopped."_s;
            return check;
        }
        const AuditEntry e = auditFromQuery(query);
        if (e.sequence != expected) {
            check.problem = u"Audit entry %1 is missing."_s.arg(expected);
            return check;
        }
        if (e.previousHash != previous || auditHash(previous, e) != e.hash) {
            check.problem =
                u"Audit entry %1 does not match its hash: the log was changed."_s.arg(e.sequence);
            return check;
        }
        previous = e.hash;
        check.lastSequence = e.sequence;
        check.lastHash = e.hash;
        ++expected;
    }
    return check;
}

std::optional<HistoryEntry> Store::conversationEntry(const QString &convId) const
{
    const std::optional<ConversationDetails> details = conversation(convId);
    if (!details)
        return std::nullopt;
    HistoryEntry e;
    e.conversationId = convId;
    e.channel = details->context.channel;
    e.state = details->state;
    e.startTs = details->startTs;
    e.endTs = details->endTs;
    e.agentId = details->assignedAgentId();
    if (const std::optional<AgentRecord> agentRecord = agent(e.agentId))
        e.agentName = agentRecord->displayName;
    e.verified = isCheckedIdentity(details->verifiedIdentity);
    QSqlQuery count(db());
    count.prepare(u"SELECT COUNT(*) FROM events WHERE conv_id = ? AND is_content = 1"_s);
    count.addBindValue(convId);
    if (count.exec() && count.next())
        e.messageCount = count.value(0).toInt();
    if (const std::optional<MessagingEvent> last = lastContentEvent(convId))
        e.lastText = last->event.message;
    return e;
}

QJsonObject Store::auditJson(const AuditEntry &e)
{
    return {{"sequence"_L1, e.sequence},
            {"timestamp"_L1, e.timestamp},
            {"actor"_L1, e.actor},
            {"action"_L1, e.action},
            {"conversationId"_L1, e.conversationId},
            {"requestIdentifier"_L1, e.requestIdentifier},
            {"details"_L1, e.details},
            {"hash"_L1, e.hash}};
}

std::optional<Review::ExportedConversation> Store::exportedConversation(const QString &convId) const
{
    const std::optional<HistoryEntry> entry = conversationEntry(convId);
    if (!entry)
        return std::nullopt;
    Review::ExportedConversation out;
    out.conversation = *entry;
    out.verifiedIdentity = conversation(convId)->verifiedIdentity;
    AuditFilter filter;
    filter.conversationId = convId;
    filter.actionPrefix = u"signin."_s;
    for (const AuditEntry &a : audit(filter))
        out.authTimeline.append(auditJson(a));
    // Whole transcripts only: an export is checked from the first event on.
    constexpr int kPage = 5000;
    for (qint64 after = -1;;) {
        const QList<MessagingEvent> page = events(convId, after, kPage);
        out.events += page;
        out.chainHashes += chainHashes(convId, after, kPage);
        if (page.size() < kPage)
            break;
        after = page.last().sequence;
    }
    return out;
}

Status Store::backfillFoldedNames()
{
    // The channel column (schema 7) for conversations stored before it.
    {
        QList<std::pair<QString, QString>> channels;
        QSqlQuery query(db());
        if (!query.exec(u"SELECT id, context_json FROM conversations WHERE channel = ''"_s))
            return sqlFailure(query, u"Reading conversations' channels"_s);
        while (query.next())
            channels.append({query.value(0).toString(),
                             channelName(contextFromJson(query.value(1).toString()).channel)});
        for (const auto &[id, channel] : std::as_const(channels)) {
            QSqlQuery update(db());
            update.prepare(u"UPDATE conversations SET channel = ? WHERE id = ?"_s);
            update.addBindValue(channel);
            update.addBindValue(id);
            if (!update.exec())
                return sqlFailure(update, u"Indexing conversations' channels"_s);
        }
    }
    QList<std::pair<QString, QString>> names;
    {
        QSqlQuery query(db());
        if (!query.exec(u"SELECT id, first_name, last_name FROM consumers WHERE name_folded = '' "
                        "AND (first_name <> '' OR last_name <> '')"_s))
            return sqlFailure(query, u"Reading customers' names"_s);
        while (query.next())
            names.append({query.value(0).toString(),
                          Review::SearchQuery::fold(query.value(1).toString() + u' ' +
                                                    query.value(2).toString())});
    }
    for (const auto &[id, folded] : std::as_const(names)) {
        QSqlQuery update(db());
        update.prepare(u"UPDATE consumers SET name_folded = ? WHERE id = ?"_s);
        update.addBindValue(folded);
        update.addBindValue(id);
        if (!update.exec())
            return sqlFailure(update, u"Indexing customers' names"_s);
    }
    return Done{};
}

QString Store::jsonText(const QString &column, const QString &key) const
{
    return m_backend == Backend::Sqlite ? u"json_extract(%1, '$.%2')"_s.arg(column, key)
                                        : u"(%1::json ->> '%2')"_s.arg(column, key);
}

Review::SearchResults Store::search(const Review::SearchQuery &q) const
{
    using Review::SearchQuery;
    Review::SearchResults results;
    const QList<Review::SearchTerm> terms = SearchQuery::parseTerms(q.text);
    const bool sqlite = m_backend == Backend::Sqlite;
    // FTS5: the words in the text column only (conv_id is indexed as well).
    const QString words =
        sqlite ? u"text : (%1)"_s.arg(SearchQuery::fts5(terms)) : SearchQuery::tsquery(terms);
    const QString messageText = u"COALESCE(%1, '')"_s.arg(jsonText(u"event_json"_s, u"message"_s));
    // One conversation's matches: conversation ids are UUIDs, so their hex groups make an exact
    // phrase on the indexed conv_id column.
    const QString inConversation = u"'conv_id : \"' || replace(%1, '-', ' ') || '\" AND ' || ?"_s;
    QStringList where;
    QVariantList values;
    if (!terms.isEmpty() && sqlite) {
        // Rare words: collect the conversations that contain them. Common words: walk the
        // conversations newest first and ask each (a cheap intersection) until the page is full.
        constexpr int kCommon = 5000;
        QSqlQuery count(db());
        count.prepare(u"SELECT COUNT(*) FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH ? "
                      "LIMIT %1)"_s.arg(kCommon));
        count.addBindValue(words);
        const bool common = count.exec() && count.next() && count.value(0).toInt() >= kCommon;
        if (common)
            where << u"EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH (%1))"_s.arg(
                inConversation.arg(u"c.id"_s));
        else
            where << u"c.id IN (SELECT conv_id FROM events_fts WHERE events_fts MATCH ?)"_s;
        values << words;
    } else if (!terms.isEmpty()) {
        // PostgreSQL's planner picks between the GIN index and walking conversations by time.
        where << u"EXISTS (SELECT 1 FROM events e WHERE e.conv_id = c.id AND "
                 "to_tsvector('simple', %1) @@ to_tsquery('simple', ?))"_s.arg(
                     u"COALESCE(%1, '')"_s.arg(jsonText(u"e.event_json"_s, u"message"_s)));
        values << words;
    }
    if (!q.customer.trimmed().isEmpty()) {
        QString pattern = SearchQuery::fold(q.customer.trimmed());
        pattern.replace(u"!"_s, u"!!"_s).replace(u"%"_s, u"!%"_s).replace(u"_"_s, u"!_"_s);
        where << u"k.name_folded LIKE ? ESCAPE '!'"_s;
        values << QString(u'%' + pattern + u'%');
    }
    if (!q.subject.isEmpty()) {
        where << u"c.id IN (SELECT conv_id FROM identity_links WHERE subject = ?)"_s;
        values << q.subject;
    }
    if (!q.agentId.isEmpty()) {
        where << u"c.assigned_agent = ?"_s;
        values << q.agentId;
    }
    if (q.channel != Protocol::ChannelType::Unknown) {
        where << u"c.channel = ?"_s;
        values << Protocol::channelName(q.channel);
    }
    if (q.fromTs > 0) {
        where << u"c.start_ts >= ?"_s;
        values << q.fromTs;
    }
    if (q.toTs > 0) {
        where << u"c.start_ts < ?"_s;
        values << q.toTs;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (q.auth) {
    case SearchQuery::Auth::Any:
        break;
    case SearchQuery::Auth::Verified:
        where << u"EXISTS (SELECT 1 FROM identity_links l WHERE l.conv_id = c.id)"_s;
        break;
    case SearchQuery::Auth::NotVerified:
        where << u"NOT EXISTS (SELECT 1 FROM identity_links l WHERE l.conv_id = c.id)"_s;
        break;
    case SearchQuery::Auth::Expired:
        where << u"EXISTS (SELECT 1 FROM identity_links l WHERE l.conv_id = c.id AND "
                 "l.expires_ts > 0 AND l.expires_ts <= ?)"_s;
        values << now;
        break;
    case SearchQuery::Auth::Failed:
        where << u"EXISTS (SELECT 1 FROM audit_log a WHERE a.conv_id = c.id AND (a.action IN "
                 "('signin.failed', 'signin.refused') OR (a.action = 'signin.answered' AND "
                 "%1 = %2)))"_s.arg(jsonText(u"a.details_json"_s, u"status"_s),
                                    sqlite ? u"0"_s : u"'false'"_s);
        break;
    }
    QSqlQuery query(db());
    // Everything a hit shows in one query: no round trips per hit for the list itself.
    query.prepare(u"SELECT c.id, k.first_name, k.last_name, c.verified_identity_json, c.state, "
                  "c.start_ts, c.end_ts, c.assigned_agent, c.channel, "
                  "COALESCE(a.display_name, ''), "
                  "(SELECT COUNT(*) FROM events e WHERE e.conv_id = c.id AND e.is_content = 1), "
                  "(SELECT e.event_json FROM events e WHERE e.conv_id = c.id AND e.is_content = 1 "
                  "ORDER BY e.sequence DESC LIMIT 1) "
                  "FROM conversations c LEFT JOIN consumers k ON k.id = c.consumer_id "
                  "LEFT JOIN agents a ON a.id = c.assigned_agent %1 "
                  "ORDER BY c.start_ts DESC, c.id LIMIT ? OFFSET ?"_s.arg(
                      where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s)));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(q.limit + 1); // one more tells whether another page follows
    query.addBindValue(q.offset);
    if (!query.exec()) {
        qCWarning(lcStore) << "search failed:" << query.lastError().text();
        return results;
    }
    while (query.next()) {
        if (results.hits.size() == q.limit) {
            results.more = true;
            break;
        }
        Review::SearchHit hit;
        hit.conversation.conversationId = query.value(0).toString();
        hit.customerName =
            QString(query.value(1).toString() + u' ' + query.value(2).toString()).trimmed();
        const QJsonObject identity = fromText(query.value(3).toString()).toObject();
        hit.identitySubject = identity.value("subject"_L1).toString();
        hit.identityName = identity.value("name"_L1).toString();
        HistoryEntry &e = hit.conversation;
        hit.identityAssurance = identity.value("assurance"_L1).toString();
        if (!hit.identitySubject.isEmpty() && !isCheckedIdentity(identity))
            hit.identityAssurance = u"asserted"_s;
        e.verified = isCheckedIdentity(identity);
        e.state = query.value(4).toString() == "OPEN"_L1 ? ConversationState::Open
                                                         : ConversationState::Closed;
        e.startTs = query.value(5).toLongLong();
        e.endTs = query.value(6).toLongLong();
        e.agentId = query.value(7).toString();
        e.channel = channelFromString(query.value(8).toString());
        e.agentName = query.value(9).toString();
        e.messageCount = query.value(10).toInt();
        if (Result<Event> last = decodeEvent(fromText(query.value(11).toString()).toObject()))
            e.lastText = last->message;
        results.hits.append(hit);
    }
    for (Review::SearchHit &hit : results.hits) {
        if (terms.isEmpty()) {
            hit.snippet = hit.conversation.lastText;
            continue;
        }
        // The first matching message, with the matches marked, and how many messages match.
        QSqlQuery first(db());
        first.prepare(
            sqlite ? u"SELECT CAST(sequence AS INTEGER), snippet(events_fts, 0, char(2), char(3), "
                     "'…', 24), (SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH (%1)) "
                     "FROM events_fts WHERE events_fts MATCH (%1) "
                     "ORDER BY CAST(sequence AS INTEGER) LIMIT 1"_s.arg(inConversation.arg(u"?"_s))
                   : u"SELECT sequence, ts_headline('simple', %1, to_tsquery('simple', ?), "
                     "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, "
                     "MinWords=12'), (SELECT COUNT(*) FROM events WHERE conv_id = ? AND "
                     "to_tsvector('simple', %1) @@ to_tsquery('simple', ?)) FROM events WHERE "
                     "conv_id = ? AND to_tsvector('simple', %1) @@ to_tsquery('simple', ?) "
                     "ORDER BY sequence LIMIT 1"_s.arg(messageText));
        if (sqlite) {
            first.addBindValue(hit.conversation.conversationId);
            first.addBindValue(words);
            first.addBindValue(hit.conversation.conversationId);
            first.addBindValue(words);
        } else {
            first.addBindValue(words);
            first.addBindValue(hit.conversation.conversationId);
            first.addBindValue(words);
            first.addBindValue(hit.conversation.conversationId);
            first.addBindValue(words);
        }
        if (first.exec() && first.next()) {
            hit.firstMatch = first.value(0).toLongLong();
            hit.snippet = first.value(1).toString();
            hit.matches = first.value(2).toInt();
        } else {
            qCWarning(lcStore) << "search snippet failed:" << first.lastError().text();
        }
    }
    return results;
}

namespace {
constexpr auto kLinkColumns = "l.conv_id, l.issuer, l.subject, c.channel, c.state, c.start_ts, "
                              "l.verified_ts, l.expires_ts";

IdentityLink linkFromQuery(const QSqlQuery &query)
{
    IdentityLink link;
    link.conversationId = query.value(0).toString();
    link.issuer = query.value(1).toString();
    link.subject = query.value(2).toString();
    link.channel = channelFromString(query.value(3).toString());
    link.state = query.value(4).toString() == "OPEN"_L1 ? ConversationState::Open
                                                        : ConversationState::Closed;
    link.startTs = query.value(5).toLongLong();
    link.verifiedTs = query.value(6).toLongLong();
    link.expiresTs = query.value(7).toLongLong();
    return link;
}
} // namespace

std::optional<IdentityLink> Store::identityLinkOf(const QString &convId) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT %1 FROM identity_links l JOIN conversations c ON c.id = l.conv_id "
                  "WHERE l.conv_id = ? ORDER BY l.verified_ts DESC LIMIT 1"_s.arg(
                      QLatin1StringView(kLinkColumns)));
    query.addBindValue(convId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return linkFromQuery(query);
}

QList<IdentityLink> Store::identityLinks(const QString &issuer, const QString &subject) const
{
    QList<IdentityLink> out;
    QSqlQuery query(db());
    query.prepare(u"SELECT %1 FROM identity_links l JOIN conversations c ON c.id = l.conv_id "
                  "WHERE l.issuer = ? AND l.subject = ? ORDER BY c.start_ts, l.conv_id"_s.arg(
                      QLatin1StringView(kLinkColumns)));
    query.addBindValue(issuer);
    query.addBindValue(subject);
    if (!query.exec())
        return out;
    while (query.next())
        out.append(linkFromQuery(query));
    return out;
}

} // namespace Signet::Hub
