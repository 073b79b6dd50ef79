// The store's suite, run on SQLite and (under with-postgres.sh) on a real PostgreSQL server.
#include "store/Store.h"
#include "TestDatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

Event textEvent(const QString &message)
{
    Event e;
    e.message = message;
    return e;
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
        QCOMPARE(store.schemaVersion(), 5);
        if (!onPostgres())
            QVERIFY(QFile::exists(location + u"-wal"_s)); // WAL mode
        Store again;
        QVERIFY(again.open(location).ok()); // idempotent
        QCOMPARE(again.schemaVersion(), 5);
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
};

QTEST_GUILESS_MAIN(StoreTest)
#include "StoreTest.moc"
