#pragma once

// Where a test keeps a hub's data: a SQLite file in a temporary directory, or — when the test runs
// under tests/support/with-postgres.sh (SIGNET_TEST_POSTGRES is set) — a fresh database on that
// real PostgreSQL server. The store and hub suites run once on each (see tests/CMakeLists.txt).
#include "store/Store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace Signet::Test {

inline QString postgresServer()
{
    return qEnvironmentVariable("SIGNET_TEST_POSTGRES");
}

inline bool onPostgres()
{
    return !postgresServer().isEmpty();
}

// A raw connection to a test database (for what the store's API cannot do: tampering, checks).
// Close it with closeRawConnection(name).
inline QSqlDatabase rawConnection(const QString &location, const QString &name)
{
    if (!location.startsWith(QLatin1StringView("postgresql://"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        db.open();
        return db;
    }
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

inline void closeRawConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A new, empty database: "DIR/name" on SQLite, or a new database on the test PostgreSQL server.
// Empty on failure (the reason is printed).
inline QString freshDatabase(const QTemporaryDir &dir,
                             const QString &name = QStringLiteral("hub.sqlite"))
{
    if (!onPostgres())
        return dir.filePath(name);
    const QString database =
        QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    const QString connection = QStringLiteral("create-") + database;
    bool created = false;
    {
        QSqlDatabase admin = rawConnection(postgresServer(), connection);
        QSqlQuery query(admin);
        created = admin.isOpen() && query.exec(QStringLiteral("CREATE DATABASE ") + database);
        if (!created)
            qWarning("freshDatabase: %s %s", qPrintable(admin.lastError().text()),
                     qPrintable(query.lastError().text()));
    }
    closeRawConnection(connection);
    if (!created)
        return {};
    QUrl url(postgresServer());
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

// Appends count well-chained audit entries after the log's last, in one transaction (a long log
// without a long wait); false on failure (the reason is printed).
inline bool appendChainedAudit(QSqlDatabase db, int count)
{
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return false;
    qint64 seq = 0;
    QString previous = Hub::Store::auditSeed();
    if (last.next()) {
        seq = last.value(0).toLongLong();
        previous = last.value(1).toString();
    }
    if (!db.transaction())
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, ts, actor, action, conv_id, "
                                  "request_id, details_json, prev_hash, hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < count; ++i) {
        Hub::AuditEntry e;
        e.sequence = ++seq;
        e.timestamp = 1700000000000 + seq;
        e.actor = QStringLiteral("a-seed");
        e.action = QStringLiteral("history.read");
        e.conversationId = QStringLiteral("c-%1").arg(seq % 97);
        e.requestIdentifier = QStringLiteral(""); // empty, not NULL
        e.details = QJsonObject{{QLatin1StringView("via"), QStringLiteral("seed")}};
        e.previousHash = previous;
        e.hash = Hub::Store::auditHash(previous, e);
        previous = e.hash;
        for (const QVariant &value :
             {QVariant(e.sequence), QVariant(e.timestamp), QVariant(e.actor), QVariant(e.action),
              QVariant(e.conversationId), QVariant(e.requestIdentifier),
              QVariant(QStringLiteral("{\"via\":\"seed\"}")), QVariant(e.previousHash),
              QVariant(e.hash)})
            insert.addBindValue(value);
        if (!insert.exec()) {
            qWarning("appendChainedAudit: %s", qPrintable(insert.lastError().text()));
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

} // namespace Signet::Test
