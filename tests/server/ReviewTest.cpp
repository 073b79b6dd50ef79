// The supervisor's review requests as the hub serves them: search, the audit log (with its chain
// check) and verifiable exports — and agents refused for each, whatever their desk shows (the hub
// checks the role, and audits the attempt). Runs on SQLite and on PostgreSQL.
#include "TestDesk.h"
#include "TestHub.h"
#include "conversation/DeskSession.h"
#include "review/TranscriptExport.h"

#include <QTest>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

struct Desk : TestDesk
{
    using TestDesk::TestDesk;
    Result<Review::SearchResults> search(const Review::SearchQuery &q)
    {
        return await<Review::SearchResults>([&](auto done) { session->reviewSearch(q, done); });
    }
    Result<QJsonObject> audit(const QJsonObject &filter)
    {
        return await<QJsonObject>([&](auto done) { session->reviewAudit(filter, done); });
    }
    Result<QJsonObject> exportOf(const QStringList &ids, const QString &purpose = u"json"_s)
    {
        return await<QJsonObject>([&](auto done) { session->reviewExport(ids, purpose, done); });
    }
};
} // namespace

class ReviewTest : public QObject
{
    Q_OBJECT
private slots:
    void supervisorsSearchAuditAndExportAgentsAreRefused()
    {
        TestHub hub;
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        QVERIFY(hub.addUser(u"sam"_s, kPassword, u"supervisor"_s));
        const QString convId =
            hub.startCustomer(u"maya"_s, u"Maya"_s, u"I was charged twice for order 4417"_s);
        QVERIFY(hub.hub().consumerSend(convId, u"Can you refund one of them?"_s).ok());
        QVERIFY(hub.hub()
                    .recordVerifiedIdentity(convId, QJsonObject{{"issuer"_L1, "https://idp"_L1},
                                                                {"subject"_L1, "maya-1"_L1},
                                                                {"assurance"_L1, "hub"_L1},
                                                                {"name"_L1, "Maya Chen"_L1}})
                    .ok());
        hub.hub().audit(u"hub"_s, u"signin.answered"_s, convId, u"r1"_s,
                        QJsonObject{{"status"_L1, true}});
        Desk ana(hub, u"ana"_s);
        Desk sam(hub, u"sam"_s);
        QVERIFY(ana.online() && sam.online());

        // Agents: refused by the hub, each attempt audited.
        Review::SearchQuery q;
        q.text = u"refund"_s;
        Result<Review::SearchResults> refused = ana.search(q);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"Only supervisors"_s), qPrintable(refused.error()));
        QVERIFY(!ana.audit({}).ok());
        QVERIFY(!ana.exportOf({convId}).ok());
        AuditFilter refusals;
        refusals.actionPrefix = u"review.refused"_s;
        QCOMPARE(hub.hub().store().audit(refusals).size(), 3);

        // Supervisors: search with highlights…
        Result<Review::SearchResults> found = sam.search(q);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found->hits.size(), 1);
        QCOMPARE(found->hits.first().conversation.conversationId, convId);
        QCOMPARE(found->hits.first().identitySubject, u"maya-1"_s);
        QCOMPARE(found->hits.first().firstMatch, 1);
        QVERIFY(found->hits.first().snippet.contains(QString(QChar(2) + u"refund"_s + QChar(3))));
        Review::SearchQuery bad;
        bad.limit = 0;
        QVERIFY(!sam.search(bad).ok());

        // …the audit log, checked…
        Result<QJsonObject> audit = sam.audit(QJsonObject{{"conversationId"_L1, convId}});
        QVERIFY2(audit.ok(), qPrintable(audit.error()));
        QVERIFY(audit->value("intact"_L1).toBool());
        QCOMPARE(audit->value("entries"_L1).toArray().first().toObject().value("action"_L1),
                 u"signin.answered"_s);
        QVERIFY(!sam.audit(QJsonObject{{"limit"_L1, 0}}).ok());

        // …and an export that verifies against the hub's own record.
        Result<QJsonObject> exported = sam.exportOf({convId});
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        QCOMPARE(exported->value("exportedBy"_L1).toString(), u"sam"_s);
        Store &store = hub.hub().store();
        const Review::TranscriptExport::Report report =
            Review::TranscriptExport::verify(exported.value(), store.exportRecords());
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.conversations.first().events, 2);
        QVERIFY(!sam.exportOf({u"no-such"_s}).ok());
        AuditFilter exports;
        exports.actionPrefix = u"export.created"_s;
        QCOMPARE(store.audit(exports).size(), 1);
        QVERIFY(store.verifyAudit().ok());
    }

    void everyFileTheDeskWritesIsInTheAuditLog()
    {
        TestHub hub;
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        QVERIFY(hub.addUser(u"sam"_s, kPassword, u"supervisor"_s));
        const QString convId = hub.startCustomer(u"maya"_s, u"Maya"_s, u"Hello"_s);
        Desk ana(hub, u"ana"_s);
        Desk sam(hub, u"sam"_s);
        QVERIFY(ana.online() && sam.online());
        Store &store = hub.hub().store();
        const auto entries = [&store](const QString &action) {
            AuditFilter f;
            f.actionPrefix = action;
            return store.audit(f);
        };

        // Looking at a transcript is not an export; writing a PDF of it is, with its format.
        QVERIFY(sam.exportOf({convId}, u"view"_s).ok());
        QCOMPARE(entries(u"transcript.viewed"_s).size(), 1);
        QCOMPARE(entries(u"export."_s).size(), 0);
        QVERIFY(sam.exportOf({convId}, u"pdf"_s).ok());
        const QList<AuditEntry> pdf = entries(u"export.created"_s);
        QCOMPARE(pdf.size(), 1);
        QCOMPARE(pdf.first().details.value("format"_L1).toString(), u"pdf"_s);
        QCOMPARE(pdf.first().actor, sam.session->userId());
        const Result<QJsonObject> bad = sam.exportOf({convId}, u"docx"_s);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(u"purpose"_s), qPrintable(bad.error()));

        // The audit log written to a file is itself audited; an agent is refused either way.
        QVERIFY(sam.audit(QJsonObject{{"exportFormat"_L1, "csv"_L1}}).ok());
        const QList<AuditEntry> log = entries(u"export.audit-log"_s);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().details.value("format"_L1).toString(), u"csv"_s);
        QVERIFY(log.first().details.value("entries"_L1).toInt() >= 2);
        QVERIFY(!sam.audit(QJsonObject{{"exportFormat"_L1, "xlsx"_L1}}).ok());
        QVERIFY(!ana.exportOf({convId}, u"pdf"_s).ok());
        QVERIFY(!ana.audit(QJsonObject{{"exportFormat"_L1, "csv"_L1}}).ok());
        QCOMPARE(entries(u"export."_s).size(), 2);
        QCOMPARE(entries(u"review.refused"_s).size(), 2);
    }
};

QTEST_GUILESS_MAIN(ReviewTest)
#include "ReviewTest.moc"
