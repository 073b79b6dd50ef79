// The audit log cannot be flooded, and checking it does not stall the hub. One source writes a
// bounded number of entries a minute, and what it writes beyond is counted in one summary
// entry. The hash chain is checked on a worker thread: a request checks what is new since the
// last verified checkpoint (a rewritten or cut chain shows at once), and a full pass at start and
// every few minutes finds an entry changed in place.
#include "Await.h"
#include "RawClient.h"
#include "TestDatabase.h"
#include "TestHub.h"
#include "audit/AuditLimiter.h"
#include "audit/AuditVerifier.h"
#include "protocol/MessageTypes.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 20000;

int auditCount(TestHub &hub, const QString &action)
{
    AuditFilter filter;
    filter.actionPrefix = action;
    filter.limit = 100000;
    return static_cast<int>(hub.hub().store().audit(filter).size());
}

// The hub's database opened beside it, as someone with write access to it would.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &location)
        : m_name(QUuid::createUuid().toString())
        , m_db(rawConnection(location, m_name))
    {}
    ~RawDatabase()
    {
        m_db = QSqlDatabase();
        closeRawConnection(m_name);
    }
    bool ok() const { return m_db.isOpen(); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        const bool done = q.exec(sql);
        if (!done)
            qWarning() << sql << q.lastError().text();
        return done;
    }
    QString value(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }
    bool appendChained(int count) { return appendChainedAudit(m_db, count); }

private:
    QString m_name;
    QSqlDatabase m_db;
};

RawAnswer reviewAudit(RawClient &client)
{
    return client.request(Protocol::Types::ReviewAudit, QJsonObject{{"limit"_L1, 10}}, kWait);
}

// What the hub says broke the chain; empty when it says the chain is intact.
QString brokenBecause(RawClient &client)
{
    const RawAnswer answer = reviewAudit(client);
    if (answer.body.value("intact"_L1).toBool(true))
        return {};
    const QString problem = answer.body.value("problem"_L1).toString();
    return problem.isEmpty() ? u"(no reason given)"_s : problem;
}
// A hub with a supervisor, sam, whose audit log has a few entries, checked intact once.
struct CheckedHub
{
    explicit CheckedHub(int fullPassMs)
        : hub(TestHub::Configure([fullPassMs](HubOptions &o) { o.auditFullPassMs = fullPassMs; }))
    {
        if (!hub.ok() || !hub.addUser(u"sam"_s, kPassword, u"supervisor"_s))
            return;
        sam = std::make_unique<RawClient>(hub, u"sam"_s);
        for (int i = 0; i < 3 && sam->connected(); ++i) // entries to check
            (void)sam->request(Protocol::Types::ReviewSearch, QJsonObject{});
        first = reviewAudit(*sam);
    }
    bool ready() const
    {
        return sam && sam->connected() && first.body.value("intact"_L1).toBool() &&
               first.body.value("checkedThrough"_L1).toInteger() >= 3;
    }

    TestHub hub;
    std::unique_ptr<RawClient> sam;
    RawAnswer first;
};
} // namespace

class AuditLogTest : public QObject
{
    Q_OBJECT
private slots:
    void theBudgetRefillsAndCountsWhatItHeldBack()
    {
        AuditLimiter limiter({3, 60}); // 3 at once, then one a second
        const qint64 t0 = 1'000'000;
        for (int i = 0; i < 3; ++i) {
            const AuditLimiter::Decision d = limiter.admit(u"a-1"_s, u"a-1"_s, u"x"_s, t0);
            QVERIFY(d.write && !d.before);
        }
        QVERIFY(!limiter.admit(u"a-1"_s, u"a-1"_s, u"x"_s, t0 + 10).write);
        QVERIFY(!limiter.admit(u"a-1"_s, u"a-1"_s, u"y"_s, t0 + 20).write);
        // Another source has its own budget.
        QVERIFY(limiter.admit(u"a-2"_s, u"a-2"_s, u"x"_s, t0 + 20).write);
        QVERIFY(limiter.due(t0 + 500).isEmpty()); // no token yet
        const QList<AuditLimiter::Suppressed> due = limiter.due(t0 + 1100);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().count, 2);
        QCOMPARE(due.first().actions, (QJsonObject{{"x"_L1, 1}, {"y"_L1, 1}}));
        QCOMPARE(due.first().fromMs, t0 + 10);
        QCOMPARE(due.first().toMs, t0 + 20);
        // The summary took that second's token.
        QVERIFY(!limiter.admit(u"a-1"_s, u"a-1"_s, u"x"_s, t0 + 1200).write);
        // Held back again, then written with the next entry the source may write.
        const AuditLimiter::Decision later = limiter.admit(u"a-1"_s, u"a-1"_s, u"x"_s, t0 + 2300);
        QVERIFY(later.write);
        QVERIFY(later.before && later.before->count == 1);
        // Quiet sources are forgotten once their budget is full again.
        QVERIFY(limiter.due(t0 + 120000).isEmpty());
        QCOMPARE(limiter.sources(), 0);
    }

    void aFloodingAgentLeavesACountNotAFlood()
    {
        TestHub hub(TestHub::Configure([](HubOptions &o) { o.auditPerSource = {10, 60}; }));
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        QVERIFY(hub.addUser(u"sam"_s, kPassword, u"supervisor"_s));
        RawClient ana(hub, u"ana"_s);
        RawClient sam(hub, u"sam"_s);
        QVERIFY(ana.connected() && sam.connected());
        // An agent asking for what only supervisors may: each refusal would be an entry.
        for (int i = 0; i < 40; ++i) {
            QCOMPARE(ana.request(Protocol::Types::ReviewSearch, QJsonObject{}).code, 403);
            if (i == 20) // a supervisor meanwhile is audited as usual
                QCOMPARE(sam.request(Protocol::Types::ReviewSearch, QJsonObject{}).code, 200);
        }
        QCOMPARE(auditCount(hub, u"review.refused"_s), 10);
        QCOMPARE(auditCount(hub, u"review.search"_s), 1);
        QCOMPARE(auditCount(hub, u"audit.suppressed"_s), 0);
        // A second later the agent may write again: the count comes first, then the entry.
        QTest::qWait(1100);
        QCOMPARE(ana.request(Protocol::Types::ReviewSearch, QJsonObject{}).code, 403);
        AuditFilter filter;
        filter.actionPrefix = u"audit.suppressed"_s;
        const QList<AuditEntry> summaries = hub.hub().store().audit(filter);
        QCOMPARE(summaries.size(), 1);
        const AuditEntry &summary = summaries.first();
        QCOMPARE(summary.details.value("count"_L1).toInt(), 30);
        QCOMPARE(summary.details.value("actions"_L1).toObject(),
                 (QJsonObject{{"review.refused"_L1, 30}}));
        QVERIFY(summary.details.value("to"_L1).toInteger() >=
                summary.details.value("from"_L1).toInteger());
        QVERIFY(!summary.actor.isEmpty() && summary.actor != u"hub"_s);
        QCOMPARE(auditCount(hub, u"review.refused"_s), 11);
        QVERIFY(hub.hub().store().verifyAudit().ok());
    }

    void whatTheHubRecordsForAnAddressHasItsBudget()
    {
        // Refused logins from one address are one source, whoever they name.
        TestHub hub(TestHub::Configure([](HubOptions &o) {
            o.auditPerSource = {4, 1}; // each check takes a while: no refill within the test
            o.loginPerUser = {1000, 60000, 1000, 1000};
            o.loginPerAddress = {1000, 60000, 1000, 1000};
        }));
        QVERIFY(hub.ok());
        for (int i = 0; i < 8; ++i)
            QVERIFY(hub.loginBearer(u"nobody-%1"_s.arg(i), u"wrong password"_s).isEmpty());
        QCOMPARE(auditCount(hub, u"login.refused"_s), 4);
    }

    void aSupervisorIsAnsweredWhileTheWholeChainIsChecked()
    {
        // A long log, checked in full over and over: desks are served meanwhile, and the
        // supervisor's answer waits for the check, not the other way round.
        TestHub hub(TestHub::Configure([](HubOptions &o) { o.auditFullPassMs = 1; }));
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"sam"_s, kPassword, u"supervisor"_s));
        hub.stop();
        {
            RawDatabase raw(hub.databasePath());
            QVERIFY(raw.ok());
            QVERIFY(raw.appendChained(30000));
        }
        QVERIFY(hub.start());
        RawClient sam(hub, u"sam"_s);
        QVERIFY(sam.connected());
        const QString auditId = sam.nextId();
        sam.socket().sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{"kind"_L1, "req"_L1},
                                                        {"id"_L1, auditId},
                                                        {"type"_L1, Protocol::Types::ReviewAudit},
                                                        {"body"_L1, QJsonObject{{"limit"_L1, 5}}}})
                                  .toJson(QJsonDocument::Compact)));
        // Sent after the audit request, answered before it.
        QCOMPARE(sam.request(u".GetClock"_s, QJsonObject{}).code, 200);
        QVERIFY(!sam.answered(auditId));
        const RawAnswer audit = sam.await(auditId, 120000);
        QCOMPARE(audit.code, 200);
        QVERIFY(audit.body.value("intact"_L1).toBool());
        QVERIFY(audit.body.value("checkedThrough"_L1).toInteger() >= 30000);
        QVERIFY(audit.body.value("fullPassAt"_L1).toInteger() > 0);
        QCOMPARE(audit.body.value("entries"_L1).toArray().size(), 5);
    }

    void aRewrittenOrCutChainIsSeenAtOnce()
    {
        CheckedHub checked(3600000);
        QVERIFY(checked.ready());
        TestHub &hub = checked.hub;
        RawClient &sam = *checked.sam;
        const RawAnswer &first = checked.first;
        const qint64 checkpoint = first.body.value("checkedThrough"_L1).toInteger();
        QVERIFY(checkpoint > 0);
        RawDatabase raw(hub.databasePath());
        QVERIFY(raw.ok());
        // Whoever can write the database can drop the hub's append-only triggers too.
        QVERIFY(raw.exec(u"DROP TRIGGER audit_log_no_update"_s));
        // The checked entry rewritten (its hash recomputed by whoever edits the log)...
        QVERIFY(
            raw.exec(u"UPDATE audit_log SET hash = 'ab%1' WHERE seq = %2"_s.arg(QString(62, u'0'))
                         .arg(checkpoint)));
        RawAnswer next = reviewAudit(sam);
        QVERIFY(!next.body.value("intact"_L1).toBool());
        QVERIFY2(
            next.body.value("problem"_L1).toString().contains(u"Audit entry %1"_s.arg(checkpoint)),
            qPrintable(next.body.value("problem"_L1).toString()));
        // ...stays reported: the next answer does not forget it.
        QVERIFY(!brokenBecause(sam).isEmpty());
    }

    void aForgedEntryAfterTheCheckpointIsSeenAtOnce()
    {
        CheckedHub checked(3600000);
        QVERIFY(checked.ready());
        TestHub &hub = checked.hub;
        RawClient &sam = *checked.sam;
        RawDatabase raw(hub.databasePath());
        QVERIFY(raw.ok());
        QVERIFY(raw.exec(u"INSERT INTO audit_log (seq, ts, actor, action, conv_id, request_id, "
                         "details_json, prev_hash, hash) SELECT seq + 1, ts, 'a-x', "
                         "'history.read', '', '', '{}', hash, 'forged' FROM audit_log "
                         "ORDER BY seq DESC LIMIT 1"_s));
        QVERIFY(brokenBecause(sam).contains(u"does not match its hash"_s));
    }

    void aChainRewrittenConsistentlyIsStillCaught()
    {
        // Whoever edits an early entry and recomputes every hash after it leaves a chain that
        // checks out on its own; the checkpoint the hub keeps in memory does not.
        CheckedHub checked(3600000);
        QVERIFY(checked.ready());
        TestHub &hub = checked.hub;
        RawClient &sam = *checked.sam;
        {
            RawDatabase raw(hub.databasePath());
            QVERIFY(raw.ok());
            QVERIFY(raw.exec(u"DROP TRIGGER audit_log_no_update"_s));
            QList<AuditEntry> all = hub.hub().store().audit(AuditFilter{});
            QVERIFY(all.size() >= 3);
            QString previous = Store::auditSeed();
            for (int i = 0; i < all.size(); ++i) {
                AuditEntry &e = all[i];
                if (i == 0)
                    e.actor = u"someone-else"_s;
                e.previousHash = previous;
                e.hash = Store::auditHash(previous, e);
                previous = e.hash;
                QVERIFY(raw.exec(u"UPDATE audit_log SET actor = '%1', prev_hash = '%2', "
                                 "hash = '%3' WHERE seq = %4"_s.arg(e.actor, e.previousHash, e.hash)
                                     .arg(e.sequence)));
            }
        }
        QVERIFY(hub.hub().store().verifyAudit().ok()); // consistent on its own
        QVERIFY(brokenBecause(sam).contains(u"checked before"_s));
    }

    void anEntryChangedInPlaceIsFoundByTheNextFullPass()
    {
        CheckedHub checked(300);
        QVERIFY(checked.ready());
        TestHub &hub = checked.hub;
        RawClient &sam = *checked.sam;
        RawDatabase raw(hub.databasePath());
        QVERIFY(raw.ok());
        QVERIFY(raw.exec(u"DROP TRIGGER audit_log_no_update"_s));
        // An early entry's words changed, its stored hash left as it was.
        const QString actor = raw.value(u"SELECT actor FROM audit_log WHERE seq = 1"_s);
        QVERIFY(!actor.isEmpty());
        QVERIFY(raw.exec(u"UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1"_s));
        QVERIFY(spinUntil([&] { return !hub.hub().auditVerifier().status().intact; }, kWait));
        QVERIFY(brokenBecause(sam).contains(u"Audit entry 1 "_s));
        // Put back, the next full pass finds the log whole again.
        QVERIFY(raw.exec(u"UPDATE audit_log SET actor = '%1' WHERE seq = 1"_s.arg(actor)));
        QVERIFY(spinUntil([&] { return hub.hub().auditVerifier().status().intact; }, kWait));
    }
};

QTEST_GUILESS_MAIN(AuditLogTest)
#include "AuditLogTest.moc"
