// Exports that can be checked later: an intact export verifies; a changed message, a dropped or
// reordered event, an edited header are each found; a forger who recomputes every hash in the
// file is still caught by the hub's own record; CSV escapes formulas.
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
            document, [&](const QString &id, qint64 sequence) -> std::optional<QString> {
                if (id != c.conversation.conversationId)
                    return std::nullopt;
                return c.chainHashes.value(sequence);
            });
        QVERIFY2(report.ok, qPrintable(report.problem));
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
        QVERIFY(TranscriptExport::verify(document).ok); // consistent on its own…
        const TranscriptExport::Report report = TranscriptExport::verify(
            document, [&](const QString &, qint64 sequence) -> std::optional<QString> {
                return genuine.chainHashes.value(sequence); // …but not what the hub recorded
            });
        QVERIFY(!report.ok);
        QVERIFY2(report.conversations.first().problem.contains(u"hub's record"_s),
                 qPrintable(report.conversations.first().problem));
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
