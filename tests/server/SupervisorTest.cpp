// The supervisor's live view, as the hub enforces it: supervisors see every open conversation and
// monitor one without writing anything to it (no read receipts, no messages); they join as MANAGER
// to write to the customer and leave again; private notes reach agents and supervisors and never
// the customer. Agents cannot do any of the supervisor's part, whatever their desk sends. Runs on
// SQLite and on PostgreSQL.
#include "Events.h"
#include "TestDesk.h"
#include "TestHub.h"
#include "conversation/DeskSession.h"
#include "protocol/Codec.h"
#include "protocol/MessageTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
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

    // A raw request, as any client could send it: the answer's body, or the hub's error.
    Result<QJsonObject> send(const QString &type, const QJsonObject &body,
                             const QJsonArray &metadata = {})
    {
        return await<QJsonObject>([&](auto done) {
            connection->request(
                type, body, session.get(),
                [done](const Result<Envelope> &r) {
                    done(r ? Result<QJsonObject>(r->body.toObject())
                           : Result<QJsonObject>(fail(r.error())));
                },
                metadata);
        });
    }

    Result<QJsonObject> publish(const QString &convId, const Event &event)
    {
        PublishEventRequest request;
        request.conversationId = convId;
        request.dialogId = convId;
        request.event = event;
        return send(Types::PublishEvent, toJson(request));
    }

    Result<QJsonObject> manager(const QString &convId, bool join, const QString &userId = {})
    {
        ConversationFieldUpdate update;
        update.conversationId = convId;
        update.action = join ? ConversationFieldUpdate::Action::AddParticipant
                             : ConversationFieldUpdate::Action::RemoveParticipant;
        update.userId = userId;
        update.role = ParticipantRole::Manager;
        return send(Types::UpdateConversationField, toJson(update));
    }

    QVariant role(const QString &convId, int role) const
    {
        ConversationListModel *list = session->conversations();
        const int row = list->rowOf(convId);
        return row < 0 ? QVariant() : list->index(row).data(role);
    }
};

// Ana handles Maya; Sam supervises; Bo is another agent.
struct Floor
{
    TestHub hub;
    QNetworkAccessManager browser;
    QString ana, bo, sam, maya;

    bool build()
    {
        if (!hub.addUser(u"ana"_s, kPassword) || !hub.addUser(u"bo"_s, kPassword) ||
            !hub.addUser(u"sam"_s, kPassword, u"supervisor"_s))
            return false;
        ana = hub.hub().store().agentByName(u"ana"_s)->id;
        bo = hub.hub().store().agentByName(u"bo"_s)->id;
        sam = hub.hub().store().agentByName(u"sam"_s)->id;
        maya = hub.startCustomer(u"maya"_s, u"Maya"_s, u"I was charged twice."_s);
        return !maya.isEmpty() && hub.hub().assign(maya, ana).ok();
    }

    // The customer's side of the chat (the web page an Apple or web chat customer sees).
    QStringList customerSees(const QString &convId)
    {
        QUrl url = hub.hub().customerPageUrl(convId);
        url.setPath(url.path() + u"/events"_s);
        QNetworkReply *reply = browser.get(QNetworkRequest(url));
        if (!spinUntil([reply] { return reply->isFinished(); }, kWait))
            return {u"timeout"_s};
        reply->deleteLater();
        QStringList out;
        const QJsonArray events =
            QJsonDocument::fromJson(reply->readAll()).object().value("events"_L1).toArray();
        for (const QJsonValue &e : events)
            out << e.toObject().value("text"_L1).toString();
        return out;
    }

    QList<MessagingEvent> stored(const QString &convId)
    {
        return hub.hub().store().events(convId, -1, 1000);
    }

    QStringList auditActions(const QString &actionPrefix)
    {
        AuditFilter filter;
        filter.actionPrefix = actionPrefix;
        QStringList out;
        for (const AuditEntry &e : hub.hub().store().audit(filter))
            out << e.action;
        return out;
    }
};
} // namespace

class SupervisorTest : public QObject
{
    Q_OBJECT
private slots:
    void aSupervisorMonitorsWithoutWritingAnything()
    {
        Floor f;
        QVERIFY(f.build());
        Desk sam(f.hub, u"sam"_s);
        QVERIFY(sam.online());
        QVERIFY(sam.session->isSupervisor());
        // Every open conversation, with who handles it, by name.
        QTRY_COMPARE_WITH_TIMEOUT(sam.role(f.maya, ConversationListModel::AssignedAgentNameRole),
                                  QVariant(u"ana"_s), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(sam.session->messages(f.maya)->rowCount() == 1, kWait);
        const int before = static_cast<int>(f.stored(f.maya).size());

        // Looking at it marks nothing read, and the hub refuses a read receipt or a message.
        sam.session->markRead(f.maya);
        Result<QJsonObject> receipt = sam.publish(f.maya, readReceipt(0));
        QVERIFY(!receipt);
        QVERIFY2(receipt.error().contains(u"assigned agent's reading"_s),
                 qPrintable(receipt.error()));
        Result<QJsonObject> message = sam.publish(f.maya, textEvent(u"Hello from a supervisor"_s));
        QVERIFY(!message);
        QVERIFY2(message.error().contains(u"Join the conversation as manager"_s),
                 qPrintable(message.error()));
        QVERIFY(!sam.session->canWriteToCustomer(f.maya));
        QVERIFY(sam.session->canWriteNote(f.maya));
        QTest::qWait(100);
        QCOMPARE(f.stored(f.maya).size(), before);
        QCOMPARE(f.customerSees(f.maya), QStringList{u"I was charged twice."_s});
    }

    void aSupervisorJoinsAsManagerToWriteToTheCustomerAndLeaves()
    {
        Floor f;
        QVERIFY(f.build());
        Desk sam(f.hub, u"sam"_s);
        Desk ana(f.hub, u"ana"_s);
        QVERIFY(sam.online() && ana.online());
        QTRY_VERIFY_WITH_TIMEOUT(ana.session->conversations()->rowOf(f.maya) >= 0, kWait);

        QVERIFY(awaitStatus([&](auto done) { sam.session->join(f.maya, done); }).ok());
        // Everyone watching sees the manager, by name.
        QTRY_COMPARE_WITH_TIMEOUT(ana.role(f.maya, ConversationListModel::ManagerNamesRole),
                                  QVariant(QStringList{u"sam"_s}), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(sam.session->hasJoined(f.maya), kWait);
        QVERIFY(sam.session->canWriteToCustomer(f.maya));
        // Joining again changes nothing.
        QVERIFY(sam.manager(f.maya, true).ok());
        QCOMPARE(f.hub.hub().store().conversation(f.maya)->managerIds(), QStringList{f.sam});

        sam.session->sendText(f.maya, u"I'm Ana's supervisor; the refund is on its way."_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.customerSees(f.maya).size(), 2, kWait);
        const MessagingEvent last = f.stored(f.maya).last();
        QCOMPARE(last.originatorId, f.sam);
        QCOMPARE(last.originatorRole, ParticipantRole::Manager);
        // Still no read receipt from a manager: that is the assigned agent's.
        QVERIFY(!sam.publish(f.maya, readReceipt(0)));

        // Ana cannot take Sam out, or join herself; Sam can leave.
        QVERIFY(!ana.manager(f.maya, false, f.sam));
        Result<QJsonObject> anaJoins = ana.manager(f.maya, true);
        QVERIFY(!anaJoins);
        QVERIFY2(anaJoins.error().contains(u"Only supervisors"_s), qPrintable(anaJoins.error()));
        QVERIFY(awaitStatus([&](auto done) { sam.session->leave(f.maya, done); }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!sam.session->hasJoined(f.maya), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(ana.role(f.maya, ConversationListModel::ManagersRole),
                                  QVariant(QStringList{}), kWait);
        QVERIFY(!sam.publish(f.maya, textEvent(u"One more thing"_s)));
        QVERIFY(!sam.manager(f.maya, false)); // not joined any more

        // Each join and leave is audited, and so are the refusals.
        QCOMPARE(
            f.auditActions(u"supervisor."_s),
            (QStringList{u"supervisor.joined"_s, u"supervisor.joined"_s, u"supervisor.refused"_s,
                         u"supervisor.refused"_s, u"supervisor.left"_s, u"supervisor.refused"_s}));
    }

    void aManagerStaysJoinedAcrossAHubRestart()
    {
        Floor f;
        QVERIFY(f.build());
        QVERIFY(f.hub.hub().setManager(f.maya, f.sam, true).ok());
        QVERIFY(f.hub.restart());
        QCOMPARE(f.hub.hub().store().conversation(f.maya)->managerIds(), QStringList{f.sam});
        const QList<ConversationDetails> open = f.hub.hub().store().openConversations();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().managerIds(), QStringList{f.sam});
        QVERIFY(f.hub.hub().close(f.maya).ok());
        QVERIFY(!f.hub.hub().setManager(f.maya, f.sam, false)); // closed: nothing to leave
        // A supervisor who joined a waiting conversation and then accepts it is its agent only.
        const QString waiting = f.hub.startCustomer(u"li"_s, u"Li"_s, u"Hello?"_s);
        QVERIFY(f.hub.hub().setManager(waiting, f.sam, true).ok());
        QVERIFY(f.hub.hub().assign(waiting, f.sam).ok());
        const std::optional<ConversationDetails> accepted =
            f.hub.hub().store().conversation(waiting);
        QCOMPARE(accepted->assignedAgentId(), f.sam);
        QVERIFY(accepted->managerIds().isEmpty());
    }

    void privateNotesReachAgentsAndSupervisorsButNeverTheCustomer()
    {
        Floor f;
        QVERIFY(f.build());
        Desk sam(f.hub, u"sam"_s);
        Desk ana(f.hub, u"ana"_s);
        QVERIFY(sam.online() && ana.online());
        for (Desk *desk : {&ana, &sam})
            QTRY_VERIFY_WITH_TIMEOUT(desk->session->messages(f.maya) &&
                                         desk->session->messages(f.maya)->rowCount() == 1,
                                     kWait);
        QSignalSpy notes(ana.session.get(), &DeskSession::privateNoteArrived);

        // Sam, only monitoring, coaches Ana.
        sam.session->sendText(f.maya, u"Check the second charge before refunding."_s, true);
        QTRY_COMPARE_WITH_TIMEOUT(notes.size(), 1, kWait);
        QCOMPARE(notes.first().at(0).toString(), f.maya);
        QCOMPARE(notes.first().at(1).toString(), u"sam"_s);
        MessageListModel *transcript = ana.session->messages(f.maya);
        QTRY_COMPARE_WITH_TIMEOUT(transcript->rowCount(), 2, kWait);
        QVERIFY(transcript->messageAt(1).agentsOnly);
        QCOMPARE(transcript->messageAt(1).role, ParticipantRole::Manager);
        // The note neither previews in the list nor ends the customer's wait.
        QCOMPARE(ana.role(f.maya, ConversationListModel::PreviewRole).toString(),
                 u"I was charged twice."_s);
        QVERIFY(ana.role(f.maya, ConversationListModel::WaitingSinceRole).toDateTime().isValid());
        QCOMPARE(ana.role(f.maya, ConversationListModel::UnreadRole).toInt(), 1);

        // Ana answers privately; Bo, not on the conversation, cannot write notes in it.
        ana.session->sendText(f.maya, u"Will do."_s, true);
        QTRY_COMPARE_WITH_TIMEOUT(sam.session->messages(f.maya)->rowCount(), 3, kWait);
        Desk bo(f.hub, u"bo"_s);
        QVERIFY(bo.online());
        const QString other = f.hub.startCustomer(u"ola"_s, u"Ola"_s, u"Hi"_s);
        QVERIFY(f.hub.hub().assign(other, f.ana).ok());
        Result<QJsonObject> boNote = bo.publish(other, textEvent(u"psst"_s, true));
        QVERIFY(!boNote);
        QVERIFY2(boNote.error().contains(u"No such conversation"_s), qPrintable(boNote.error()));
        // A note carries no metadata (no sign-in request hidden in a note).
        Result<QJsonObject> badNote =
            sam.send(Types::PublishEvent,
                     QJsonObject{{"dialogId"_L1, f.maya},
                                 {"conversationId"_L1, f.maya},
                                 {"event"_L1, toJson(textEvent(u"note"_s, true))}},
                     QJsonArray{QJsonObject{{"type"_L1, "Anything"_L1}}});
        QVERIFY(!badNote);
        QVERIFY2(badNote.error().contains(u"without metadata"_s), qPrintable(badNote.error()));
        // A wrong audience is a clear error.
        Result<QJsonObject> badAudience =
            sam.send(Types::PublishEvent,
                     QJsonObject{{"dialogId"_L1, f.maya},
                                 {"conversationId"_L1, f.maya},
                                 {"event"_L1, QJsonObject{{"type"_L1, "ContentEvent"_L1},
                                                          {"message"_L1, "x"_L1},
                                                          {"audience"_L1, "CUSTOMER"_L1}}}});
        QVERIFY(!badAudience);
        QVERIFY2(badAudience.error().contains(u"AGENTS_AND_MANAGERS"_s),
                 qPrintable(badAudience.error()));

        // The customer never sees a note: not on the page, not in the stored events' summaries.
        QCOMPARE(f.customerSees(f.maya), QStringList{u"I was charged twice."_s});
        QCOMPARE(f.hub.hub().store().lastContentEvent(f.maya)->event.message,
                 u"I was charged twice."_s);
        // They are in the conversation's record (and its hash chain), marked as notes.
        const QList<MessagingEvent> stored = f.stored(f.maya);
        QCOMPARE(stored.size(), 3);
        QVERIFY(stored.at(1).event.agentsOnly && stored.at(2).event.agentsOnly);
        QVERIFY(f.hub.hub().store().verifyChain(f.maya).ok());
    }
};

QTEST_GUILESS_MAIN(SupervisorTest)
#include "SupervisorTest.moc"
