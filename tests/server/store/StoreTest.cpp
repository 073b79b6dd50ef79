// The store's suite, run on SQLite and (under with-postgres.sh) on a real PostgreSQL server.
#include "store/Store.h"
#include "Events.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
ConsumerRecord consumer()
{
    ConsumerRecord c;
    c.id = u"maya"_s;
    c.firstName = u"Maya"_s;
    c.lastName = u"Chen"_s;
    c.context.channel = ChannelType::AppleMessages;
    c.context.clientProperties = {u"iOS"_s, u"17.4"_s, u"MOBILE"_s, {u"RICH_CONTENT"_s}};
    c.context.engagementAttributes = {u"Apple Authentication supported"_s};
    return c;
}

} // namespace

class StoreTest : public QObject
{
    Q_OBJECT
private slots:
    void migratesOnceAndReopens()
    {
        QTemporaryDir dir;
        const QString location = freshDatabase(dir);
        QVERIFY(!location.isEmpty());
        Store store;
        QVERIFY(store.open(location).ok());
        QCOMPARE(store.backend(), onPostgres() ? Store::Backend::Postgres : Store::Backend::Sqlite);
        QCOMPARE(store.schemaVersion(), 15);
        if (!onPostgres())
            QVERIFY(QFile::exists(location + u"-wal"_s)); // WAL mode
        Store again;
        QVERIFY(again.open(location).ok()); // idempotent
        QCOMPARE(again.schemaVersion(), 15);
    }

    void aSqliteDatabaseIsOwnerOnlyWhateverTheUmask()
    {
        // The database holds the hub's secrets and every transcript; SQLite gives its -wal and
        // -shm files the database file's mode.
        QTemporaryDir dir;
        const mode_t previous = ::umask(0022);
        const QString path = dir.filePath(u"data/signet/hub.sqlite"_s);
        {
            Store store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.appendAudit(u"hub"_s, u"test.entry"_s, {}, {}, {}).ok());
            const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
            const QFileDevice::Permissions ownerDir = owner | QFileDevice::ExeOwner;
            auto mode = [](const QString &p) {
                return QFile::permissions(p) &
                       ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
            };
            QCOMPARE(mode(dir.filePath(u"data"_s)), ownerDir);
            QCOMPARE(mode(dir.filePath(u"data/signet"_s)), ownerDir);
            for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
                QVERIFY2(QFile::exists(file), qPrintable(file));
                QCOMPARE(mode(file), owner);
            }
        }
        // A database left readable by others (an older hub, a copy) is closed to them on open.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        {
            Store store;
            QVERIFY(store.open(path).ok());
            QVERIFY(
                !(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        }
        ::umask(previous);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString location = freshDatabase(dir);
        {
            Store store;
            QVERIFY(store.open(location).ok());
        }
        {
            QSqlDatabase db = rawConnection(location, u"bump"_s);
            QVERIFY(db.isOpen());
            QVERIFY(QSqlQuery(db).exec(onPostgres() ? u"UPDATE signet_schema SET version = 99"_s
                                                    : u"PRAGMA user_version=99"_s));
        }
        closeRawConnection(u"bump"_s);
        Store store;
        const Status opened = store.open(location);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"newer signet-hub"_s), qPrintable(opened.error()));
    }

    void locationsAreCheckedAndPasswordsNeverShown()
    {
        QCOMPARE(Store::displayLocation(u"postgresql://hub:s3cret@db.example/signet"_s),
                 u"postgresql://hub@db.example/signet"_s);
        QCOMPARE(Store::displayLocation(u"/var/lib/signet/hub.sqlite"_s),
                 u"/var/lib/signet/hub.sqlite"_s);
        Store noDatabase;
        Status opened = noDatabase.open(u"postgresql://hub:s3cret@db.example/"_s);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"names no database"_s), qPrintable(opened.error()));
        QVERIFY(!opened.error().contains(u"s3cret"_s));
        // No server there: the reason, without the password.
        QTemporaryDir dir;
        Store noServer;
        opened = noServer.open(u"postgresql://hub:s3cret@/signet?host="_s + dir.path());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().startsWith(u"Cannot connect to PostgreSQL"_s),
                 qPrintable(opened.error()));
        QVERIFY(!opened.error().contains(u"s3cret"_s));
        Store badOption;
        opened = badOption.open(u"postgresql:///signet?sslmode=require%3Bx"_s);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"not valid"_s), qPrintable(opened.error()));
        Store sqliteNoPath;
        QVERIFY(!sqliteNoPath.open(u"sqlite:"_s).ok());
    }

    void agentsAreStoredWithSlowHashes()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(freshDatabase(dir)).ok());
        QVERIFY(store.upsertAgent(u"ana"_s, u"Ana"_s, u"agent"_s, u"password-1"_s).ok());
        const auto ana = store.agentByName(u"ana"_s);
        QVERIFY(ana.has_value());
        QCOMPARE(ana->role, u"agent"_s);
        QVERIFY(ana->passwordHash.startsWith(u"pbkdf2-sha256$"_s));
        QVERIFY(!ana->passwordHash.contains(u"password-1"_s));
        // Updating keeps the id; bad input is refused with a reason.
        QVERIFY(store.upsertAgent(u"ana"_s, u"Ana B"_s, u"supervisor"_s, u"password-2"_s).ok());
        QCOMPARE(store.agentByName(u"ana"_s)->id, ana->id);
        QCOMPARE(store.agent(ana->id)->role, u"supervisor"_s);
        QVERIFY(!store.upsertAgent(u"bob"_s, u"Bob"_s, u"admin"_s, u"password-1"_s).ok());
        QVERIFY(!store.upsertAgent(u"bob"_s, u"Bob"_s, u"agent"_s, u"short"_s).ok());
        QVERIFY(!store.upsertAgent(u" "_s, u"Bob"_s, u"agent"_s, u"password-1"_s).ok());
    }

    void sequencesAreStrictlyIncreasingAndDurable()
    {
        QTemporaryDir dir;
        const QString path = freshDatabase(dir);
        QString convId;
        {
            Store store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.upsertConsumer(consumer()).ok());
            Result<ConversationDetails> created =
                store.createConversation(u"maya"_s, consumer().context, u"general"_s);
            QVERIFY2(created.ok(), qPrintable(created.error()));
            convId = created->convId;
            for (int i = 0; i < 5; ++i) {
                Result<MessagingEvent> e = store.appendEvent(
                    convId, u"maya"_s, ParticipantRole::Consumer, textEvent(u"m%1"_s.arg(i)), {});
                QVERIFY(e.ok());
                QCOMPARE(e->sequence, i);
            }
        }
        // A new process sees everything that was acknowledged.
        Store reopened;
        QVERIFY(reopened.open(path).ok());
        const QList<MessagingEvent> events = reopened.events(convId, -1, 100);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.last().event.message, u"m4"_s);
        QCOMPARE(reopened.events(convId, 2, 100).size(), 2);
        QCOMPARE(reopened.events(convId, -1, 2).size(), 2);
        Result<MessagingEvent> next = reopened.appendEvent(
            convId, u"agent"_s, ParticipantRole::AssignedAgent, textEvent(u"after restart"_s), {});
        QCOMPARE(next->sequence, 5);
        QCOMPARE(reopened.lastContentEvent(convId)->event.message, u"after restart"_s);
    }

    void aDesksIdempotencyKeyStoresAnEventOnce()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(freshDatabase(dir)).ok());
        QVERIFY(store.upsertConsumer(consumer()).ok());
        const QString a = store.createConversation(u"maya"_s, consumer().context, {})->convId;
        const QString b = store.createConversation(u"maya"_s, consumer().context, {})->convId;
        auto append = [&](const QString &convId, const QString &text, const QString &key) {
            return store.appendEvent(convId, u"ana"_s, ParticipantRole::AssignedAgent,
                                     textEvent(text), {}, nullptr, 0, key);
        };
        QVERIFY(append(a, u"first"_s, u"key-0001"_s).ok());
        // The same key again in that conversation is refused; events without a key never clash,
        // and another conversation has keys of its own.
        QVERIFY(!append(a, u"first again"_s, u"key-0001"_s).ok());
        QVERIFY(append(a, u"no key"_s, {}).ok());
        QVERIFY(append(a, u"no key either"_s, {}).ok());
        QVERIFY(append(b, u"elsewhere"_s, u"key-0001"_s).ok());
        const std::optional<MessagingEvent> found = store.eventByClientKey(a, u"key-0001"_s);
        QVERIFY(found);
        QCOMPARE(found->sequence, 0);
        QCOMPARE(found->event.message, u"first"_s);
        QVERIFY(!store.eventByClientKey(a, u"key-0002"_s));
        QCOMPARE(store.events(a, -1, 100).size(), 3);
        QVERIFY(store.verifyChain(a).ok());
    }

    void aConversationStoresNoMoreThanItsLimit()
    {
        QTemporaryDir dir;
        const QString location = freshDatabase(dir);
        constexpr qint64 kLimit = 8 * 1024;
        QString full, other;
        qint64 counted = 0;
        {
            Store store;
            QVERIFY(store.open(location).ok());
            store.setMaxConversationBytes(kLimit);
            QVERIFY(store.upsertConsumer(consumer()).ok());
            full = store.createConversation(u"maya"_s, consumer().context, {})->convId;
            other = store.createConversation(u"maya"_s, consumer().context, {})->convId;
            QCOMPARE(store.storedBytes(full), 0);
            const QJsonArray metadata{QJsonObject{{"note"_L1, QString(200, u'm')}}};
            int stored = 0;
            for (;; ++stored) {
                Result<MessagingEvent> e =
                    store.appendEvent(full, u"maya"_s, ParticipantRole::Consumer,
                                      textEvent(QString(1000, u'a')), metadata);
                if (!e) {
                    QCOMPARE(e.errorCode(), Store::kConversationFull);
                    QVERIFY2(e.error().contains(u"start a new conversation"_s),
                             qPrintable(e.error()));
                    break;
                }
                QVERIFY(stored < 100);
            }
            // Every event counted in bytes as stored (the event's JSON and its metadata's), and
            // the one that would have gone over was not stored at all.
            QCOMPARE(store.events(full, -1, 100).size(), stored);
            QVERIFY(stored >= 5);
            counted = store.storedBytes(full);
            QVERIFY(counted <= kLimit && counted > kLimit - 1300);
            QVERIFY(store.verifyChain(full).ok());
            // Another conversation has its own room; a small event still fits where a big one
            // did not.
            QVERIFY(store
                        .appendEvent(other, u"maya"_s, ParticipantRole::Consumer,
                                     textEvent(u"hello"_s), {})
                        .ok());
            QVERIFY(
                store
                    .appendEvent(full, u"maya"_s, ParticipantRole::Consumer, textEvent(u"ok"_s), {})
                    .ok());
            counted = store.storedBytes(full);
            QCOMPARE(store
                         .appendEvent(u"no-such"_s, u"maya"_s, ParticipantRole::Consumer,
                                      textEvent(u"hi"_s), {})
                         .error(),
                     u"No such conversation."_s);
        }
        // The count survives a restart, and a database from before it is counted when opened.
        const QString raw = u"raw-size"_s;
        {
            QSqlDatabase db = rawConnection(location, raw);
            QSqlQuery q(db);
            // What a schema-13 database looks like (14 added the count, 15 an index).
            QVERIFY(q.exec(u"ALTER TABLE conversations DROP COLUMN stored_bytes"_s));
            QVERIFY(q.exec(u"DROP INDEX bearer_grants_agent"_s));
            QVERIFY(q.exec(onPostgres() ? u"UPDATE signet_schema SET version = 13"_s
                                        : u"PRAGMA user_version=13"_s));
        }
        closeRawConnection(raw);
        Store store;
        QVERIFY(store.open(location).ok());
        QCOMPARE(store.storedBytes(full), counted);
        QCOMPARE(store.storedBytes(u"no-such"_s), -1);
    }

    void transcriptsAreChainedAndAppendOnly()
    {
        QTemporaryDir dir;
        const QString location = freshDatabase(dir);
        QString convId;
        {
            Store store;
            QVERIFY(store.open(location).ok());
            QVERIFY(store.upsertConsumer(consumer()).ok());
            convId = store.createConversation(u"maya"_s, consumer().context, QString())->convId;
            for (const QString &text : {u"one"_s, u"two"_s, u"three"_s})
                QVERIFY(store
                            .appendEvent(convId, u"maya"_s, ParticipantRole::Consumer,
                                         textEvent(text), QJsonArray{QJsonObject{{"k"_L1, 1}}})
                            .ok());
            QVERIFY(store.verifyChain(convId).ok());
            const QStringList hashes = store.chainHashes(convId, -1, 100);
            QCOMPARE(hashes.size(), 3);
            QCOMPARE(QSet<QString>(hashes.cbegin(), hashes.cend()).size(), 3);
            QCOMPARE(hashes.first().size(), 64); // hex SHA-256
            QCOMPARE(store.chainHashes(convId, 1, 100), QStringList{hashes.last()});
        }
        const QString raw = u"raw-chain"_s;
        {
            QSqlDatabase db = rawConnection(location, raw);
            QSqlQuery q(db);
            // The database itself refuses to change or drop what was written.
            QVERIFY(!q.exec(u"UPDATE events SET event_json = '{}' WHERE sequence = 1"_s));
            QVERIFY(!q.exec(u"DELETE FROM events WHERE sequence = 2"_s));
            // Someone with the power to switch the guard off: the chain still tells.
            QVERIFY(q.exec(onPostgres() ? u"ALTER TABLE events DISABLE TRIGGER events_no_update"_s
                                        : u"DROP TRIGGER events_no_update"_s));
            QVERIFY(q.exec(u"UPDATE events SET event_json = replace(event_json, 'two', 'TWO') "
                           "WHERE sequence = 1"_s));
        }
        closeRawConnection(raw);
        Store store;
        QVERIFY(store.open(location).ok());
        const Status verified = store.verifyChain(convId);
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(u"Event 1 does not match"_s),
                 qPrintable(verified.error()));
    }

    void eventsWrittenBeforeTheChainAreChainedOnOpen()
    {
        QTemporaryDir dir;
        const QString location = freshDatabase(dir);
        QString convId;
        {
            Store store;
            QVERIFY(store.open(location).ok());
            QVERIFY(store.upsertConsumer(consumer()).ok());
            convId = store.createConversation(u"maya"_s, consumer().context, QString())->convId;
            for (const QString &text : {u"one"_s, u"two"_s})
                QVERIFY(store
                            .appendEvent(convId, u"maya"_s, ParticipantRole::Consumer,
                                         textEvent(text), {})
                            .ok());
        }
        const QStringList before = [&] {
            Store store;
            return store.open(location).ok() ? store.chainHashes(convId, -1, 10) : QStringList();
        }();
        const QString raw = u"raw-legacy"_s;
        {
            // What a schema-5 database looks like: events without hashes.
            QSqlDatabase db = rawConnection(location, raw);
            QSqlQuery q(db);
            QVERIFY(q.exec(onPostgres() ? u"ALTER TABLE events DISABLE TRIGGER events_no_update"_s
                                        : u"DROP TRIGGER events_no_update"_s));
            QVERIFY(q.exec(u"UPDATE events SET chain_hash = ''"_s));
        }
        closeRawConnection(raw);
        Store store;
        QVERIFY(store.open(location).ok());
        QCOMPARE(store.chainHashes(convId, -1, 10), before);
        QVERIFY(store.verifyChain(convId).ok());
    }

    void theAuditLogIsChainedFilteredAndAppendOnly()
    {
        QTemporaryDir dir;
        const QString location = freshDatabase(dir);
        {
            Store store;
            QVERIFY(store.open(location).ok());
            QVERIFY(store.verifyAudit().ok()); // empty
            Result<AuditEntry> first =
                store.appendAudit(u"agent-1"_s, u"signin.requested"_s, u"conv-1"_s, u"req-1"_s,
                                  QJsonObject{{"style"_L1, "small"_L1}});
            QVERIFY2(first.ok(), qPrintable(first.error()));
            QCOMPARE(first->sequence, 1);
            QCOMPARE(first->previousHash, Store::auditSeed());
            QVERIFY(store
                        .appendAudit(u"hub"_s, u"signin.answered"_s, u"conv-1"_s, u"req-1"_s,
                                     QJsonObject{{"status"_L1, true}})
                        .ok());
            QVERIFY(store
                        .appendAudit(u"agent-2"_s, u"history.read"_s, u"conv-2"_s, QString(),
                                     QJsonObject{})
                        .ok());
            QVERIFY(store.verifyAudit().ok());
            AuditFilter signIns;
            signIns.actionPrefix = u"signin."_s;
            QCOMPARE(store.audit(signIns).size(), 2);
            AuditFilter byConversation;
            byConversation.conversationId = u"conv-2"_s;
            QCOMPARE(store.audit(byConversation).size(), 1);
            QCOMPARE(store.audit(byConversation).first().actor, u"agent-2"_s);
            AuditFilter byActor;
            byActor.actor = u"hub"_s;
            QCOMPARE(store.audit(byActor).first().details.value("status"_L1).toBool(), true);
            AuditFilter future;
            future.fromTs = QDateTime::currentMSecsSinceEpoch() + 60000;
            QVERIFY(store.audit(future).isEmpty());
            AuditFilter percent; // no LIKE wildcards sneak in
            percent.actionPrefix = u"%"_s;
            QVERIFY(store.audit(percent).isEmpty());
        }
        const QString raw = u"raw-audit"_s;
        {
            QSqlDatabase db = rawConnection(location, raw);
            QSqlQuery q(db);
            QVERIFY(!q.exec(u"UPDATE audit_log SET actor = 'someone' WHERE seq = 1"_s));
            QVERIFY(!q.exec(u"DELETE FROM audit_log WHERE seq = 2"_s));
            QVERIFY(q.exec(onPostgres() ? u"ALTER TABLE audit_log DISABLE TRIGGER ALL"_s
                                        : u"DROP TRIGGER audit_log_no_delete"_s));
            QVERIFY(q.exec(u"DELETE FROM audit_log WHERE seq = 2"_s));
        }
        closeRawConnection(raw);
        Store store;
        QVERIFY(store.open(location).ok());
        const Status verified = store.verifyAudit();
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(u"Audit entry 2 is missing"_s),
                 qPrintable(verified.error()));
    }

    void searchFindsWordsAndFiltersTheSameOnBothBackends()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(freshDatabase(dir)).ok());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto make = [&](const QString &id, const QString &first, const QString &last,
                        ChannelType channel, const QString &agent, qint64 startTs,
                        const QStringList &texts) {
            ConsumerRecord c;
            c.id = id;
            c.firstName = first;
            c.lastName = last;
            c.context.channel = channel;
            if (!store.upsertConsumer(c).ok())
                return QString();
            const QString convId =
                store.createConversation(id, c.context, QString(), startTs)->convId;
            (void)store.setAssignedAgent(convId, agent);
            for (int i = 0; i < texts.size(); ++i)
                (void)store.appendEvent(convId, i % 2 ? agent : id,
                                        i % 2 ? ParticipantRole::AssignedAgent
                                              : ParticipantRole::Consumer,
                                        textEvent(texts.at(i)), {});
            return convId;
        };
        const QString maya = make(
            u"maya"_s, u"Maya"_s, u"Chen"_s, ChannelType::AppleMessages, u"a1"_s, now - 3000,
            {u"I was charged twice for order 4417"_s, u"Refund issued for the double charge"_s});
        const QString rosa =
            make(u"rosa"_s, u"Rosa"_s, u"Álvarez"_s, ChannelType::WebChat, u"a2"_s, now - 2000,
                 {u"My card ending 2231 was declined"_s, u"Please try again"_s});
        const QString sam =
            make(u"sam"_s, u"Sam"_s, u"Patel"_s, ChannelType::AppleMessages, u"a1"_s, now - 1000,
                 {u"Do you ship to Canada?"_s, u"Yes, shipping takes a week"_s});
        QVERIFY(!maya.isEmpty() && !rosa.isEmpty() && !sam.isEmpty());
        QVERIFY(store
                    .setVerifiedIdentity(maya, QJsonObject{{"issuer"_L1, "https://idp"_L1},
                                                           {"subject"_L1, "maya-1"_L1},
                                                           {"assurance"_L1, "hub"_L1},
                                                           {"name"_L1, "Maya Chen"_L1},
                                                           {"expiresAt"_L1, now + 3600000}})
                    .ok());
        QVERIFY(store
                    .setVerifiedIdentity(sam, QJsonObject{{"issuer"_L1, "https://idp"_L1},
                                                          {"subject"_L1, "sam-1"_L1},
                                                          {"assurance"_L1, "hub"_L1},
                                                          {"expiresAt"_L1, now - 1000}})
                    .ok());
        QVERIFY(store
                    .appendAudit(u"a2"_s, u"signin.failed"_s, rosa, u"r"_s,
                                 QJsonObject{{"reason"_L1, "Token rejected"_L1}})
                    .ok());

        auto ids = [&](const Review::SearchQuery &q) {
            QStringList out;
            for (const Review::SearchHit &hit : store.search(q).hits)
                out << hit.conversation.conversationId;
            return out;
        };
        auto text = [&](const QString &words) {
            Review::SearchQuery q;
            q.text = words;
            return ids(q);
        };
        // Words: whole words, any case, no stemming; all must occur.
        QCOMPARE(text(u"charged"_s), QStringList{maya});
        QCOMPARE(text(u"CANADA"_s), QStringList{sam});
        QCOMPARE(text(u"ship canada"_s), QStringList{sam});
        QVERIFY(text(u"ship declined"_s).isEmpty());
        QVERIFY(text(u"charg"_s).isEmpty());
        QCOMPARE(text(u"charg*"_s), QStringList{maya});            // a prefix
        QCOMPARE(text(u"\"double charge\""_s), QStringList{maya}); // a phrase, in order
        QVERIFY(text(u"\"charge double\""_s).isEmpty());
        QCOMPARE(text(u"Álvarez"_s), QStringList{}); // names are not what was said
        QVERIFY(text(u"\") OR 1=1 --"_s).isEmpty()); // nothing changes the query's syntax
        QCOMPARE(text(QString()), (QStringList{sam, rosa, maya})); // newest first

        Review::SearchQuery charged;
        charged.text = u"charg*"_s;
        const Review::SearchHit hit = store.search(charged).hits.first();
        QCOMPARE(hit.matches, 2);
        QCOMPARE(hit.firstMatch, 0);
        // The match between STX and ETX (the desk turns them into emphasis).
        QVERIFY2(hit.snippet.contains(QString(QChar(2) + u"charged"_s + QChar(3))),
                 qPrintable(hit.snippet));
        QCOMPARE(hit.customerName, u"Maya Chen"_s);
        QCOMPARE(hit.identitySubject, u"maya-1"_s);
        QCOMPARE(hit.conversation.channel, ChannelType::AppleMessages);
        QCOMPARE(hit.conversation.messageCount, 2);

        Review::SearchQuery q;
        q.customer = u"álvarez"_s;
        QCOMPARE(ids(q), QStringList{rosa});
        q.customer = u"ÁLVAREZ"_s;
        QCOMPARE(ids(q), QStringList{rosa});
        q.customer = u"%"_s; // a literal percent sign, not a wildcard
        QVERIFY(ids(q).isEmpty());
        q = {};
        q.subject = u"maya-1"_s;
        QCOMPARE(ids(q), QStringList{maya});
        q = {};
        q.agentId = u"a1"_s;
        QCOMPARE(ids(q), (QStringList{sam, maya}));
        q = {};
        q.channel = ChannelType::WebChat;
        QCOMPARE(ids(q), QStringList{rosa});
        q = {};
        q.fromTs = now - 2500;
        q.toTs = now - 1500;
        QCOMPARE(ids(q), QStringList{rosa});
        using Auth = Review::SearchQuery::Auth;
        for (const auto &[auth, expected] : {std::pair{Auth::Verified, QStringList{sam, maya}},
                                             std::pair{Auth::NotVerified, QStringList{rosa}},
                                             std::pair{Auth::Expired, QStringList{sam}},
                                             std::pair{Auth::Failed, QStringList{rosa}}}) {
            q = {};
            q.auth = auth;
            QCOMPARE(ids(q), expected);
        }
        // Pages.
        q = {};
        q.limit = 2;
        Review::SearchResults page = store.search(q);
        QCOMPARE(page.hits.size(), 2);
        QVERIFY(page.more);
        q.offset = 2;
        page = store.search(q);
        QCOMPARE(page.hits.size(), 1);
        QVERIFY(!page.more);
        QCOMPARE(page.hits.first().conversation.conversationId, maya);
    }

    void conversationLifecycle()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(freshDatabase(dir)).ok());
        QVERIFY(store.upsertConsumer(consumer()).ok());
        const QString convId =
            store.createConversation(u"maya"_s, consumer().context, QString())->convId;
        auto details = store.conversation(convId);
        QVERIFY(details.has_value());
        // Milliseconds since 1970 need 64 bits (BIGINT on PostgreSQL).
        QVERIFY(qAbs(details->startTs - QDateTime::currentMSecsSinceEpoch()) < 60000);
        QCOMPARE(details->consumerId(), u"maya"_s);
        QCOMPARE(details->context.clientProperties.osVersion, u"17.4"_s);
        QCOMPARE(details->context.engagementAttributes,
                 QStringList{u"Apple Authentication supported"_s});
        QCOMPARE(store.openConversations().size(), 1);
        QVERIFY(store.setAssignedAgent(convId, u"agent-1"_s).ok());
        QCOMPARE(store.conversation(convId)->assignedAgentId(), u"agent-1"_s);
        QVERIFY(store.closeConversation(convId).ok());
        QCOMPARE(store.conversation(convId)->state, ConversationState::Closed);
        QVERIFY(store.conversation(convId)->endTs > 0);
        QCOMPARE(store.openConversations().size(), 0);
        QCOMPARE(store.consumer(u"maya"_s)->firstName, u"Maya"_s);
        QVERIFY(!store.consumer(u"nobody"_s).has_value());
    }

    void twoHubsOnOneDatabaseCannotBothClaimAConversation()
    {
        // Two stores on one database, as two hubs would be: each has read the conversation as
        // waiting; whoever claims second is told it is taken, whatever it read.
        QTemporaryDir dir;
        const QString location = freshDatabase(dir);
        Store a;
        Store b;
        QVERIFY(a.open(location).ok());
        QVERIFY(b.open(location).ok());
        QVERIFY(a.upsertConsumer(consumer()).ok());
        const QString convId =
            a.createConversation(u"maya"_s, consumer().context, u"general"_s)->convId;
        QVERIFY(a.conversation(convId)->assignedAgentId().isEmpty());
        QVERIFY(b.conversation(convId)->assignedAgentId().isEmpty());
        QCOMPARE(b.claimConversation(convId, u"bo"_s).value(), true);
        QCOMPARE(a.claimConversation(convId, u"ana"_s).value(), false);
        QCOMPARE(a.conversation(convId)->assignedAgentId(), u"bo"_s);
        // Nor can a closed one be claimed.
        const QString other =
            a.createConversation(u"maya"_s, consumer().context, u"general"_s)->convId;
        QVERIFY(b.closeConversation(other).ok());
        QCOMPARE(a.claimConversation(other, u"ana"_s).value(), false);
        QVERIFY(a.conversation(other)->assignedAgentId().isEmpty());
    }

    void loginsAndPresenceAreSharedThroughTheDatabase()
    {
        QTemporaryDir dir;
        const QString location = freshDatabase(dir);
        Store a;
        Store b;
        QVERIFY(a.open(location).ok());
        QVERIFY(b.open(location).ok());
        // A login saved by one hub is found by the other, extended only while valid, and gone
        // everywhere once removed or expired.
        QVERIFY(a.saveGrant({u"hash-1"_s, u"ana"_s, u"agent"_s, 2000}).ok());
        QVERIFY(a.saveGrant({u"hash-2"_s, u"bo"_s, u"supervisor"_s, 1000}).ok());
        QVERIFY(!a.saveGrant({u"hash-1"_s, u"eve"_s, u"agent"_s, 9000}).ok()); // no overwriting
        QCOMPARE(b.grant(u"hash-1"_s)->agentId, u"ana"_s);
        QCOMPARE(b.grant(u"hash-2"_s)->role, u"supervisor"_s);
        QVERIFY(!b.grant(u"hash-3"_s));
        QCOMPARE(b.extendGrant(u"hash-1"_s, 5000, 1500).value(), true);
        QCOMPARE(a.grant(u"hash-1"_s)->expiresTs, 5000);
        QCOMPARE(b.extendGrant(u"hash-2"_s, 5000, 1500).value(), false); // expired at 1000
        QVERIFY(a.pruneGrants(1500).ok());
        QVERIFY(!b.grant(u"hash-2"_s));
        QCOMPARE(b.removeGrant(u"hash-1"_s).value(), true);
        QCOMPARE(a.removeGrant(u"hash-1"_s).value(), false);
        QVERIFY(!a.grant(u"hash-1"_s));

        // Each hub's online agents, seen by the others while its heartbeat is fresh.
        QVERIFY(a.setPresence(u"hub-a"_s, {u"ana"_s, u"cy"_s}, 10000, true).ok());
        QVERIFY(b.setPresence(u"hub-b"_s, {u"bo"_s}, 10000, true).ok());
        QCOMPARE(a.onlineElsewhere(u"hub-a"_s, 9000), (QSet<QString>{u"bo"_s}));
        QCOMPARE(b.onlineElsewhere(u"hub-b"_s, 9000), (QSet<QString>{u"ana"_s, u"cy"_s}));
        // A heartbeat alone keeps the list; a change replaces it.
        QVERIFY(a.setPresence(u"hub-a"_s, {}, 20000, false).ok());
        QCOMPARE(b.onlineElsewhere(u"hub-b"_s, 19000), (QSet<QString>{u"ana"_s, u"cy"_s}));
        QVERIFY(a.setPresence(u"hub-a"_s, {u"cy"_s}, 21000, true).ok());
        QCOMPARE(b.onlineElsewhere(u"hub-b"_s, 19000), (QSet<QString>{u"cy"_s}));
        // A silent hub is not counted; a hub that leaves takes its list with it.
        QCOMPARE(a.onlineElsewhere(u"hub-a"_s, 15000), QSet<QString>());
        QVERIFY(a.removeHub(u"hub-a"_s).ok());
        QCOMPARE(b.onlineElsewhere(u"hub-b"_s, 0), QSet<QString>());
    }

    void anAgentsOpenConversationsAreTheirsAndTheWaitingOnes()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(freshDatabase(dir)).ok());
        QVERIFY(store.upsertConsumer(consumer()).ok());
        auto create = [&] {
            return store.createConversation(u"maya"_s, consumer().context, u"general"_s)->convId;
        };
        const QString waiting = create();
        const QString anas = create();
        const QString bos = create();
        const QString closed = create();
        QVERIFY(store.claimConversation(anas, u"ana"_s).value());
        QVERIFY(store.claimConversation(bos, u"bo"_s).value());
        QVERIFY(store.claimConversation(closed, u"ana"_s).value());
        QVERIFY(store.closeConversation(closed).ok());
        // (Created within the same millisecond, so compared as sets.)
        auto ids = [](const QList<ConversationDetails> &list) {
            QSet<QString> out;
            for (const ConversationDetails &d : list)
                out << d.convId;
            return out;
        };
        QCOMPARE(ids(store.openConversations(u"ana"_s)), (QSet<QString>{waiting, anas}));
        QCOMPARE(ids(store.openConversations()), (QSet<QString>{waiting, anas, bos}));
    }

    void transfersMoveOnlyWhatIsStillYoursAndClosesKeepTheirDisposition()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(freshDatabase(dir)).ok());
        QVERIFY(store.upsertConsumer(consumer()).ok());
        const QString convId =
            store.createConversation(u"maya"_s, consumer().context, u"general"_s)->convId;
        QVERIFY(store.setAssignedAgent(convId, u"ana"_s).ok());
        // Only the agent who has it hands it on.
        QCOMPARE(store.transferConversation(convId, u"bo"_s, u"cy"_s, QString()).value(), false);
        QCOMPARE(store.conversation(convId)->assignedAgentId(), u"ana"_s);
        // To another agent: the skill stays.
        QCOMPARE(store.transferConversation(convId, u"ana"_s, u"bo"_s, QString()).value(), true);
        QCOMPARE(store.conversation(convId)->assignedAgentId(), u"bo"_s);
        QCOMPARE(store.conversation(convId)->skill, u"general"_s);
        // Back to the queue of another skill.
        QCOMPARE(store.transferConversation(convId, u"bo"_s, QString(), u"billing"_s).value(),
                 true);
        QVERIFY(store.conversation(convId)->assignedAgentId().isEmpty());
        QCOMPARE(store.conversation(convId)->skill, u"billing"_s);
        QCOMPARE(store.skills(), (QStringList{u"billing"_s}));

        QVERIFY(store.closeConversation(convId, 0, u"resolved"_s, u"Refunded."_s).ok());
        const auto closed = store.conversation(convId);
        QCOMPARE(closed->dispositionCode, u"resolved"_s);
        QCOMPARE(closed->dispositionNote, u"Refunded."_s);
        // A closed conversation is no one's to transfer.
        QCOMPARE(store.transferConversation(convId, QString(), u"ana"_s, QString()).value(), false);
        QVERIFY(store.conversation(convId)->assignedAgentId().isEmpty());
    }
};

QTEST_GUILESS_MAIN(StoreTest)
#include "StoreTest.moc"
