// Roles, as the hub enforces them on every request whatever a desk sends: an agent reads and writes
// only the conversations assigned to them, reads (but does not write to) the ones offered to them,
// and nothing else; supervisors read everything. Every refusal is answered with its status code and
// reason and leaves exactly one audit entry; a client hammering the same wall cannot flood the
// log. Runs on SQLite and on PostgreSQL.
#include "Events.h"
#include "RawClient.h"
#include "TestHub.h"
#include "protocol/Codec.h"
#include "protocol/MessageTypes.h"

#include <QJsonArray>
#include <QTest>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {

struct Attempt
{
    QString name;
    QString type;
    QJsonObject body;
    int code;
    QString auditAction; // the entry the refusal leaves
};

// Ana handles Maya; Lee waits for an agent (offered to every agent); Bo is another agent; Sam
// supervises.
struct Floor
{
    TestHub hub;
    QString ana, bo, maya, lee, mayaConsumer;

    bool build()
    {
        if (!hub.ok() || !hub.addUser(u"ana"_s, kPassword) || !hub.addUser(u"bo"_s, kPassword) ||
            !hub.addUser(u"sam"_s, kPassword, u"supervisor"_s))
            return false;
        ana = hub.hub().store().agentByName(u"ana"_s)->id;
        bo = hub.hub().store().agentByName(u"bo"_s)->id;
        maya = hub.startCustomer(u"maya"_s, u"Maya"_s, u"I was charged twice."_s);
        lee = hub.startCustomer(u"lee"_s, u"Lee"_s, u"Where is my parcel?"_s);
        mayaConsumer = hub.hub().store().conversation(maya)->consumerId();
        return !maya.isEmpty() && !lee.isEmpty() && hub.hub().assign(maya, ana).ok();
    }

    QList<AuditEntry> auditBy(const QString &actor)
    {
        AuditFilter filter;
        filter.actor = actor;
        filter.limit = 5000;
        return hub.hub().store().audit(filter);
    }

    // Bo tries a; empty when the hub refused it with a's code and a reason, and audited it once.
    QString refusedOnce(RawClient &client, const Attempt &a)
    {
        const qsizetype auditBefore = auditBy(bo).size();
        const RawAnswer answer = client.request(a.type, a.body);
        if (answer.code != a.code || answer.message().isEmpty())
            return u"%1: %2 %3"_s.arg(a.name).arg(answer.code).arg(answer.message());
        const QList<AuditEntry> audit = auditBy(bo); // oldest first
        if (audit.size() != auditBefore + 1)
            return u"%1: %2 new audit entries"_s.arg(a.name).arg(audit.size() - auditBefore);
        if (audit.last().action != a.auditAction ||
            audit.last().details.value("status"_L1).toInt() != a.code)
            return u"%1: audited as %2 with status %3"_s.arg(a.name, audit.last().action)
                .arg(audit.last().details.value("status"_L1).toInt());
        return {};
    }
};

QJsonObject publish(const QString &convId, const Event &event)
{
    PublishEventRequest request;
    request.conversationId = convId;
    request.dialogId = convId;
    request.event = event;
    return toJson(request);
}

QJsonObject field(const QString &convId, ConversationFieldUpdate::Action action,
                  ParticipantRole role = ParticipantRole::AssignedAgent, const QString &user = {})
{
    ConversationFieldUpdate update;
    update.conversationId = convId;
    update.action = action;
    update.role = role;
    update.userId = user;
    return toJson(update);
}

QJsonObject query(const QString &convId)
{
    QueryMessagesRequest request;
    request.dialogId = convId;
    return toJson(request);
}

QJsonObject conv(const QString &convId)
{
    return QJsonObject{{"conversationId"_L1, convId}};
}

} // namespace

class RolesTest : public QObject
{
    Q_OBJECT
private slots:
    void anAgentIsRefusedEverythingAboutAnotherAgentsConversation()
    {
        Floor f;
        QVERIFY(f.build());
        RawClient bo(f.hub, u"bo"_s);
        QVERIFY(bo.connected());
        const QString m = f.maya;
        const QList<Attempt> attempts{
            {u"read its messages"_s, Types::QueryMessages, query(m), 404, u"access.refused"_s},
            {u"write to the customer"_s, Types::PublishEvent, publish(m, textEvent(u"Hi"_s)), 404,
             u"access.refused"_s},
            {u"write a private note"_s, Types::PublishEvent, publish(m, textEvent(u"psst"_s, true)),
             404, u"access.refused"_s},
            {u"mark it read"_s, Types::PublishEvent, publish(m, readReceipt(0)), 404,
             u"access.refused"_s},
            {u"close it"_s, Types::UpdateConversationField,
             field(m, ConversationFieldUpdate::Action::Close), 404, u"access.refused"_s},
            {u"take it"_s, Types::UpdateConversationField,
             field(m, ConversationFieldUpdate::Action::AddParticipant), 404, u"access.refused"_s},
            {u"join as manager"_s, Types::UpdateConversationField,
             field(m, ConversationFieldUpdate::Action::AddParticipant, ParticipantRole::Manager),
             404, u"access.refused"_s},
            {u"read the customer's profile"_s, Types::GetUserProfile,
             QJsonObject{{"userId"_L1, f.mayaConsumer}}, 404, u"access.refused"_s},
            {u"report an identity"_s, Types::ReportVerifiedIdentity,
             QJsonObject{{"conversationId"_L1, m},
                         {"requestIdentifier"_L1, u"r1"_s},
                         {"issuer"_L1, u"https://idp"_s},
                         {"subject"_L1, u"maya"_s}},
             404, u"signin.report-refused"_s},
            {u"report a sign-in outcome"_s, Types::ReportSignInOutcome,
             QJsonObject{{"conversationId"_L1, m}, {"outcome"_L1, u"refused"_s}}, 404,
             u"access.refused"_s},
            {u"read the customer's history"_s, Types::HistoryConversations, conv(m), 404,
             u"history.refused"_s},
            {u"read a transcript through it"_s, Types::HistoryTranscript,
             QJsonObject{{"conversationId"_L1, m}, {"via"_L1, m}}, 404, u"history.refused"_s},
            {u"read a transcript directly"_s, Types::HistoryTranscript, conv(m), 403,
             u"access.refused"_s},
            {u"search transcripts"_s, Types::ReviewSearch, QJsonObject{}, 403, u"review.refused"_s},
            {u"read the audit log"_s, Types::ReviewAudit, QJsonObject{}, 403, u"review.refused"_s},
            {u"export it"_s, Types::ReviewExport,
             QJsonObject{{"conversationIds"_L1, QJsonArray{m}}}, 403, u"review.refused"_s},
        };
        const qsizetype eventsBefore = f.hub.hub().store().events(m, -1, 1000).size();
        for (const Attempt &a : attempts) {
            const QString problem = f.refusedOnce(bo, a);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // Nothing Bo sent reached Ana's conversation, and it is still Ana's and open.
        QCOMPARE(f.hub.hub().store().events(m, -1, 1000).size(), eventsBefore);
        QCOMPARE(f.hub.hub().store().conversation(m)->assignedAgentId(), f.ana);
        QCOMPARE(f.hub.hub().store().conversation(m)->state, ConversationState::Open);
        QVERIFY(bo.connected()); // refused, not thrown out
    }

    void anOfferedConversationIsReadButNotWrittenUntilAccepted()
    {
        Floor f;
        QVERIFY(f.build());
        RawClient bo(f.hub, u"bo"_s);
        QVERIFY(bo.connected());
        const QString l = f.lee;
        // Offered to every agent: Bo reads what Lee wrote and who Lee is, to decide to take it.
        const RawAnswer messages = bo.request(Types::QueryMessages, query(l));
        QCOMPARE(messages.code, 200);
        const RawAnswer profile = bo.request(
            Types::GetUserProfile,
            QJsonObject{{"userId"_L1, f.hub.hub().store().conversation(l)->consumerId()}});
        QCOMPARE(profile.code, 200);

        const QList<Attempt> attempts{
            {u"write to the customer"_s, Types::PublishEvent, publish(l, textEvent(u"Hi"_s)), 403,
             u"access.refused"_s},
            {u"write a private note"_s, Types::PublishEvent, publish(l, textEvent(u"psst"_s, true)),
             403, u"access.refused"_s},
            {u"mark it read"_s, Types::PublishEvent, publish(l, readReceipt(0)), 403,
             u"access.refused"_s},
            {u"close it"_s, Types::UpdateConversationField,
             field(l, ConversationFieldUpdate::Action::Close), 403, u"access.refused"_s},
            {u"give it to Ana"_s, Types::UpdateConversationField,
             field(l, ConversationFieldUpdate::Action::AddParticipant,
                   ParticipantRole::AssignedAgent, f.ana),
             403, u"access.refused"_s},
            {u"join as manager"_s, Types::UpdateConversationField,
             field(l, ConversationFieldUpdate::Action::AddParticipant, ParticipantRole::Manager),
             403, u"supervisor.refused"_s},
            {u"report a sign-in outcome"_s, Types::ReportSignInOutcome,
             QJsonObject{{"conversationId"_L1, l}, {"outcome"_L1, u"failed"_s}}, 403,
             u"access.refused"_s},
            {u"read the customer's history"_s, Types::HistoryConversations, conv(l), 409,
             u"history.refused"_s},
        };
        for (const Attempt &a : attempts) {
            const QString problem = f.refusedOnce(bo, a);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(f.hub.hub().store().events(l, -1, 1000).size(), 1);
        QVERIFY(f.hub.hub().store().conversation(l)->assignedAgentId().isEmpty());

        // Once Bo accepts it, it is Bo's to write to; Ana, who did not, now is refused.
        QCOMPARE(bo.request(Types::UpdateConversationField,
                            field(l, ConversationFieldUpdate::Action::AddParticipant))
                     .code,
                 200);
        QCOMPARE(bo.request(Types::PublishEvent, publish(l, textEvent(u"On it."_s))).code, 200);
        RawClient ana(f.hub, u"ana"_s);
        QCOMPARE(ana.request(Types::QueryMessages, query(l)).code, 404);
        QCOMPARE(ana.request(Types::PublishEvent, publish(l, textEvent(u"Me too"_s))).code, 404);
    }

    void aSupervisorReadsEverything()
    {
        Floor f;
        QVERIFY(f.build());
        RawClient sam(f.hub, u"sam"_s);
        QVERIFY(sam.connected());
        QCOMPARE(sam.request(Types::QueryMessages, query(f.maya)).code, 200);
        QCOMPARE(
            sam.request(Types::GetUserProfile, QJsonObject{{"userId"_L1, f.mayaConsumer}}).code,
            200);
        QCOMPARE(sam.request(Types::HistoryTranscript, conv(f.maya)).code, 200);
        QCOMPARE(sam.request(Types::ReviewAudit, QJsonObject{}).code, 200);
        // Reading is not writing: a supervisor writes to the customer only after joining.
        QCOMPARE(sam.request(Types::PublishEvent, publish(f.maya, textEvent(u"Hi"_s))).code, 403);
    }

    void aClientHammeringTheWallDoesNotFloodTheAuditLog()
    {
        Floor f;
        QVERIFY(f.build());
        // On two connections at once: the budget is the user's, not a connection's.
        RawClient first(f.hub, u"bo"_s);
        RawClient second(f.hub, u"bo"_s);
        QVERIFY(first.connected() && second.connected());
        auto refused = [&] {
            AuditFilter filter;
            filter.actor = f.bo;
            filter.actionPrefix = u"access.refused"_s;
            filter.limit = 5000;
            return f.hub.hub().store().audit(filter).size();
        };
        for (int i = 0; i < 100; ++i)
            QCOMPARE((i % 2 ? first : second).request(Types::QueryMessages, query(f.maya)).code,
                     404);
        const qsizetype written = refused();
        const int burst = f.hub.hub().options().auditPerSource.burst;
        QVERIFY2(written >= burst / 2 && written <= burst + 2,
                 qPrintable(QString::number(written)));
        // What was over the budget is one counted entry, written before the user's next one.
        QTest::qWait(1100);
        QCOMPARE(first.request(Types::QueryMessages, query(f.maya)).code, 404);
        AuditFilter filter;
        filter.actionPrefix = u"audit.suppressed"_s;
        const QList<AuditEntry> summaries = f.hub.hub().store().audit(filter);
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.first().actor, f.bo);
        const int counted = summaries.first()
                                .details.value("actions"_L1)
                                .toObject()
                                .value("access.refused"_L1)
                                .toInt();
        QCOMPARE(written + counted, 100);
        QCOMPARE(refused(), written + 1);
    }
};

QTEST_GUILESS_MAIN(RolesTest)
#include "RolesTest.moc"
