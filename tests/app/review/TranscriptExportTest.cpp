// Exports that can be checked later: an intact export verifies; a changed message, a dropped or
// reordered event, an edited header are each found; a forger who recomputes every hash in the
// file — after cutting events, swapping or removing the identity, trimming the sign-in timeline,
// changing the agent or the exporter — is still caught by the hub's own records; a file checked
// without them is never called verified; CSV escapes formulas.
#include "review/TranscriptExport.h"
#include "protocol/Codec.h"
#include "review/TranscriptChain.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Signet;
using namespace Signet::Protocol;
using namespace Signet::Review;
using namespace Qt::StringLiterals;

namespace {
ExportedConversation conversation(const QStringList &texts)
{
    ExportedConversation c;
    c.conversation.conversationId = u"conv-1"_s;
    c.conversation.channel = ChannelType::WebChat;
    c.conversation.startTs = 1700000000000;
    c.verifiedIdentity =
        QJsonObject{{"issuer"_L1, "https://idp.example"_L1}, {"subject"_L1, "maya-1"_L1}};
    QString previous = TranscriptChain::seed(c.conversation.conversationId);
    for (int i = 0; i < texts.size(); ++i) {
        MessagingEvent e;
        e.conversationId = c.conversation.conversationId;
        e.dialogId = e.conversationId;
        e.sequence = i;
        e.originatorId = i % 2 ? u"agent-1"_s : u"maya"_s;
        e.originatorRole = i % 2 ? ParticipantRole::AssignedAgent : ParticipantRole::Consumer;
        e.serverTimestamp = 1700000000000 + i * 1000;
        e.event.message = texts.at(i);
        c.events.append(e);
        previous = TranscriptChain::next(previous, e);
        c.chainHashes.append(previous);
    }
    return c;
}

QJsonObject exported(const ExportedConversation &c)
{
    return TranscriptExport::toJson({c}, u"sam"_s, u"test"_s, QDateTime::currentDateTimeUtc());
}

// Sets the text of event `index` in an export, as someone editing the file would.
QJsonObject withText(QJsonObject document, int index, const QString &text)
{
    QJsonArray conversations = document.value("conversations"_L1).toArray();
    QJsonObject c = conversations.first().toObject();
    QJsonArray events = c.value("events"_L1).toArray();
    QJsonObject e = events.at(index).toObject();
    QJsonObject inner = e.value("event"_L1).toObject();
    inner.insert("message"_L1, text);
    e.insert("event"_L1, inner);
    events.replace(index, e);
    c.insert("events"_L1, events);
    conversations.replace(0, c);
    document.insert("conversations"_L1, conversations);
    return document;
}
// The hub's records of the genuine conversation and of the exports it made.
TranscriptExport::HubRecords hubOf(const ExportedConversation &genuine,
                                   const QStringList &exportsMade)
{
    TranscriptExport::HubRecords hub;
    hub.chain = [genuine](const QString &id, qint64 count) {
        return id == genuine.conversation.conversationId ? genuine.chainHashes.mid(0, count)
                                                         : QStringList();
    };
    hub.eventsBy = [genuine](const QString &id, qint64 atMs) {
        if (id != genuine.conversation.conversationId)
            return qint64(0);
        return qint64(
            std::count_if(genuine.events.cbegin(), genuine.events.cend(),
                          [atMs](const MessagingEvent &e) { return e.serverTimestamp <= atMs; }));
    };
    hub.madeExport = [exportsMade](const QString &hash) { return exportsMade.contains(hash); };
    return hub;
}

// What a forger does after editing: every hash the file holds recomputed.
QJsonObject rehashed(const ExportedConversation &c, const QString &exportedBy = u"sam"_s,
                     const QDateTime &at = QDateTime::currentDateTimeUtc())
{
    ExportedConversation forged = c;
    QString previous = TranscriptChain::seed(forged.conversation.conversationId);
    for (int i = 0; i < forged.events.size(); ++i) {
        previous = TranscriptChain::next(previous, forged.events.at(i));
        forged.chainHashes[i] = previous;
    }
    return TranscriptExport::toJson({forged}, exportedBy, u"test"_s, at);
}

QString problemsOf(const TranscriptExport::Report &report)
{
    QString problems = report.problem;
    for (const auto &c : report.conversations)
        problems += u' ' + c.problem;
    return problems;
}
} // namespace

class TranscriptExportTest : public QObject
{
    Q_OBJECT
private slots:
    void anIntactExportVerifies()
    {
        const ExportedConversation c = conversation({u"Hi"_s, u"Hello Maya"_s, u"Thanks"_s});
        const QJsonObject document = exported(c);
        QCOMPARE(document.value("format"_L1).toString(), u"signet-transcript-export/1"_s);
        QCOMPARE(document.value("exportHash"_L1).toString(),
                 TranscriptExport::exportHash(document));
        const TranscriptExport::Report report = TranscriptExport::verify(
            document, hubOf(c, {document.value("exportHash"_L1).toString()}));
        QVERIFY2(report.ok, qPrintable(problemsOf(report)));
        QVERIFY(report.checkedAgainstHub);
        QCOMPARE(report.conversations.size(), 1);
        QCOMPARE(report.conversations.first().events, 3);
        QCOMPARE(report.conversations.first().chainHead, c.chainHashes.last());
    }

    void changesAreFound_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a message") << u"text"_s << u"Event 1 does not match its hash"_s;
        QTest::newRow("a dropped event") << u"drop"_s << u"Event 1 is missing or out of order"_s;
        QTest::newRow("the identity") << u"identity"_s << u"export hash does not match"_s;
        QTest::newRow("another format") << u"format"_s << u"Not a Signet transcript export"_s;
    }
    void changesAreFound()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        QJsonObject document = exported(conversation({u"Hi"_s, u"Hello"_s, u"Thanks"_s}));
        if (change == "text"_L1) {
            document = withText(document, 1, u"I never said that"_s);
        } else if (change == "drop"_L1) {
            QJsonArray conversations = document.value("conversations"_L1).toArray();
            QJsonObject c = conversations.first().toObject();
            QJsonArray events = c.value("events"_L1).toArray();
            events.removeAt(1);
            c.insert("events"_L1, events);
            conversations.replace(0, c);
            document.insert("conversations"_L1, conversations);
        } else if (change == "identity"_L1) {
            QJsonArray conversations = document.value("conversations"_L1).toArray();
            QJsonObject c = conversations.first().toObject();
            c.insert("verifiedIdentity"_L1, QJsonObject{{"subject"_L1, "someone-else"_L1}});
            conversations.replace(0, c);
            document.insert("conversations"_L1, conversations);
        } else {
            document.insert("format"_L1, u"other"_s);
        }
        const TranscriptExport::Report report = TranscriptExport::verify(document);
        QVERIFY(!report.ok);
        QString problems = report.problem;
        for (const auto &c : report.conversations)
            problems += u' ' + c.problem;
        QVERIFY2(problems.contains(expected), qPrintable(problems));
    }

    void aForgeryWithRecomputedHashesIsCaughtByTheHub()
    {
        const ExportedConversation genuine = conversation({u"Hi"_s, u"Hello"_s, u"Thanks"_s});
        // The forger rewrites a message and recomputes every hash the file holds.
        ExportedConversation forged = genuine;
        forged.events[1].event.message = u"Your refund is $10,000"_s;
        QString previous = TranscriptChain::seed(forged.conversation.conversationId);
        for (int i = 0; i < forged.events.size(); ++i) {
            previous = TranscriptChain::next(previous, forged.events.at(i));
            forged.chainHashes[i] = previous;
        }
        const QJsonObject document = exported(forged);
        const TranscriptExport::Report alone = TranscriptExport::verify(document);
        QVERIFY(alone.ok); // consistent on its own, but not verified:
        QVERIFY(!alone.checkedAgainstHub);
        // …and not what the hub recorded, even with an export of that hash on record.
        const TranscriptExport::Report report = TranscriptExport::verify(
            document, hubOf(genuine, {document.value("exportHash"_L1).toString()}));
        QVERIFY(!report.ok);
        QVERIFY2(report.conversations.first().problem.contains(u"hub's record"_s),
                 qPrintable(report.conversations.first().problem));
    }

    void everyEditWithRecomputedHashesIsCaughtByTheHub_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        for (const char *edit :
             {"cut to the first event", "no events", "another identity", "no identity",
              "a trimmed timeline", "another agent", "another exporter"})
            QTest::newRow(edit) << QString::fromLatin1(edit) << u"never made this export"_s;
    }
    void everyEditWithRecomputedHashesIsCaughtByTheHub()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        ExportedConversation genuine = conversation({u"Hi"_s, u"Hello"_s, u"Thanks"_s});
        genuine.conversation.agentId = u"agent-1"_s;
        genuine.conversation.agentName = u"Ana"_s;
        genuine.authTimeline = QJsonArray{QJsonObject{{"action"_L1, "signin.requested"_L1}},
                                          QJsonObject{{"action"_L1, "signin.verified"_L1}}};
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1700000010000, Qt::UTC);
        const QJsonObject original = rehashed(genuine, u"sam"_s, at);
        const TranscriptExport::HubRecords hub =
            hubOf(genuine, {original.value("exportHash"_L1).toString()});
        QVERIFY2(TranscriptExport::verify(original, hub).ok,
                 qPrintable(problemsOf(TranscriptExport::verify(original, hub))));

        ExportedConversation forged = genuine;
        QString exporter = u"sam"_s;
        if (edit == "cut to the first event"_L1) {
            forged.events = forged.events.mid(0, 1);
            forged.chainHashes = forged.chainHashes.mid(0, 1);
        } else if (edit == "no events"_L1) {
            forged.events.clear();
            forged.chainHashes.clear();
        } else if (edit == "another identity"_L1) {
            forged.verifiedIdentity.insert("subject"_L1, u"daniel-2"_s);
        } else if (edit == "no identity"_L1) {
            forged.verifiedIdentity = {};
        } else if (edit == "a trimmed timeline"_L1) {
            forged.authTimeline.removeLast();
        } else if (edit == "another agent"_L1) {
            forged.conversation.agentId = u"agent-2"_s;
            forged.conversation.agentName = u"Bo"_s;
        } else {
            exporter = u"mallory"_s;
        }
        const QJsonObject document = rehashed(forged, exporter, at);
        QVERIFY(TranscriptExport::verify(document).ok); // the file agrees with itself…
        const TranscriptExport::Report report = TranscriptExport::verify(document, hub);
        QVERIFY(!report.ok); // …the hub does not
        QVERIFY2(problemsOf(report).contains(expected), qPrintable(problemsOf(report)));
    }

    void aCutTranscriptIsNamedAsSuch()
    {
        // Even where the hub made an export of that hash (say, an earlier one of the same
        // conversation, before its last events), each conversation is checked against the events
        // the hub had by the time of the export.
        const ExportedConversation genuine = conversation({u"Hi"_s, u"Hello"_s, u"Thanks"_s});
        ExportedConversation cut = genuine;
        cut.events = cut.events.mid(0, 1);
        cut.chainHashes = cut.chainHashes.mid(0, 1);
        const QJsonObject document =
            rehashed(cut, u"sam"_s, QDateTime::fromMSecsSinceEpoch(1700000100000, Qt::UTC));
        const TranscriptExport::Report report = TranscriptExport::verify(
            document, hubOf(genuine, {document.value("exportHash"_L1).toString()}));
        QVERIFY(!report.ok);
        QVERIFY2(problemsOf(report).contains(u"1 of the 3 events"_s),
                 qPrintable(problemsOf(report)));
    }

    void csvQuotesAndDefusesFormulas()
    {
        const QByteArray csv = TranscriptExport::toCsv(
            {conversation({u"=HYPERLINK(\"http://evil\")"_s, u"Hello, \"Maya\"\nsecond line"_s})});
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.first().startsWith("conversation_id,channel,sequence,time_utc,role"));
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
        QVERIFY(csv.contains("\"Hello, \"\"Maya\"\"\nsecond line\""));
        QVERIFY(lines.at(1).startsWith("conv-1,WebChat,0,2023-11-14T22:13:20.000Z,CONSUMER,maya,"));
    }
};

QTEST_GUILESS_MAIN(TranscriptExportTest)
#include "TranscriptExportTest.moc"
