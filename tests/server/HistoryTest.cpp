// A verified customer's history across channels, as the hub gives it to desks: the conversations
// the identity was proved in and the same customers' other conversations (marked unverified),
// newest first; who may read it (the assigned agent while the sign-in is valid, supervisors
// always — the hub checks, not the desk); and earlier transcripts read through the live one.
// Runs on SQLite and on PostgreSQL.
#include "TestDesk.h"
#include "TestHub.h"
#include "conversation/DeskSession.h"

#include <QTest>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;
const QString kIssuer = u"https://login.acme.example"_s;

struct Desk : TestDesk
{
    using TestDesk::TestDesk;
    Result<HistoryResponse> history(const QString &convId)
    {
        return await<HistoryResponse>([&](auto done) { session->queryHistory(convId, done); });
    }
    Result<TranscriptResponse> transcript(const QString &convId, const QString &via)
    {
        return await<TranscriptResponse>(
            [&](auto done) { session->queryTranscript(convId, via, done); });
    }
};

// One customer's past: Maya on her iPhone (verified, then unverified), on web chat (verified);
// Ola, someone else entirely; and Maya's live conversation with Ana.
struct Past
{
    TestHub hub;
    QString agentId, otherAgentId;
    QString appleVerified, appleUnverified, web, ola, live;

    QString conversation(const QString &consumerId, ChannelType channel, const QString &text)
    {
        ConsumerRecord consumer;
        consumer.id = consumerId;
        consumer.firstName = u"Maya"_s;
        consumer.context.channel = channel;
        if (channel == ChannelType::AppleMessages) {
            consumer.context.clientProperties = {u"iOS"_s, u"17.4"_s, u"MOBILE"_s, {}};
            consumer.context.engagementAttributes = {u"Apple Authentication supported"_s};
        }
        Result<QString> convId = hub.hub().startConversation(consumer, text);
        QTest::qWait(5); // distinct start times, so "newest first" is well defined
        return convId ? convId.value() : QString();
    }

    bool verify(const QString &convId, const QString &subject, qint64 expiresInMs = 3600000)
    {
        return hub.hub()
            .recordVerifiedIdentity(
                convId,
                QJsonObject{{"issuer"_L1, kIssuer},
                            {"subject"_L1, subject},
                            {"name"_L1, u"Maya Chen"_s},
                            {"assurance"_L1, "hub"_L1},
                            {"requestIdentifier"_L1, QString(u"req-"_s + convId)},
                            {"expiresAt"_L1, QDateTime::currentMSecsSinceEpoch() + expiresInMs}})
            .ok();
    }

    bool build()
    {
        if (!hub.addUser(u"ana"_s, kPassword) || !hub.addUser(u"bo"_s, kPassword) ||
            !hub.addUser(u"sam"_s, kPassword, u"supervisor"_s))
            return false;
        agentId = hub.hub().store().agentByName(u"ana"_s)->id;
        otherAgentId = hub.hub().store().agentByName(u"bo"_s)->id;
        appleVerified = conversation(u"maya-iphone"_s, ChannelType::AppleMessages, u"Card?"_s);
        web = conversation(u"maya-web"_s, ChannelType::WebChat, u"Where is my parcel?"_s);
        appleUnverified = conversation(u"maya-iphone"_s, ChannelType::AppleMessages, u"Hours?"_s);
        ola = conversation(u"ola-iphone"_s, ChannelType::AppleMessages, u"Hello"_s);
        live = conversation(u"maya-iphone"_s, ChannelType::AppleMessages, u"Me again"_s);
        for (const QString &c : {appleVerified, web, appleUnverified, ola})
            if (!hub.hub().assign(c, otherAgentId) || !hub.hub().close(c))
                return false;
        return hub.hub().assign(live, agentId).ok() && verify(appleVerified, u"maya-1"_s) &&
               verify(web, u"maya-1"_s) && verify(ola, u"ola-7"_s);
    }
};
} // namespace

class HistoryTest : public QObject
{
    Q_OBJECT
private slots:
    void theAgentSeesEveryChannelOfTheVerifiedCustomer()
    {
        Past past;
        QVERIFY(past.build());
        QVERIFY(past.verify(past.live, u"maya-1"_s));
        Desk ana(past.hub, u"ana"_s);
        QVERIFY(ana.online());
        Result<HistoryResponse> history = ana.history(past.live);
        QVERIFY2(history.ok(), qPrintable(history.error()));
        QCOMPARE(history->issuer, kIssuer);
        QCOMPARE(history->subject, u"maya-1"_s);
        QCOMPARE(history->name, u"Maya Chen"_s);
        QStringList ids;
        for (const HistoryEntry &e : std::as_const(history->conversations))
            ids << e.conversationId;
        // Newest first; Ola's conversation is not Maya's.
        QCOMPARE(ids, (QStringList{past.live, past.appleUnverified, past.web, past.appleVerified}));
        const HistoryEntry &web = history->conversations.at(2);
        QCOMPARE(web.channel, ChannelType::WebChat);
        QVERIFY(web.verified);
        QCOMPARE(web.state, ConversationState::Closed);
        QCOMPARE(web.agentName, u"bo"_s);
        QCOMPARE(web.lastText, u"Where is my parcel?"_s);
        QCOMPARE(web.messageCount, 1);
        QVERIFY(web.endTs >= web.startTs);
        // The same iPhone without a sign-in: shown, and marked so.
        QCOMPARE(history->conversations.at(1).channel, ChannelType::AppleMessages);
        QVERIFY(!history->conversations.at(1).verified);
    }

    void anEarlierTranscriptIsReadThroughTheLiveConversation()
    {
        Past past;
        QVERIFY(past.build());
        QVERIFY(past.verify(past.live, u"maya-1"_s));
        (void)past.hub.hub().consumerSend(past.live, u"Unrelated"_s);
        Desk ana(past.hub, u"ana"_s);
        QVERIFY(ana.online());
        Result<TranscriptResponse> transcript = ana.transcript(past.web, past.live);
        QVERIFY2(transcript.ok(), qPrintable(transcript.error()));
        QCOMPARE(transcript->conversation.conversationId, past.web);
        QCOMPARE(transcript->conversation.channel, ChannelType::WebChat);
        QCOMPARE(transcript->events.size(), 1);
        QCOMPARE(transcript->events.first().event.message, u"Where is my parcel?"_s);
        // Someone else's conversation is not in this customer's history.
        Result<TranscriptResponse> other = ana.transcript(past.ola, past.live);
        QVERIFY(!other.ok());
        QVERIFY2(other.error().contains(u"history"_s), qPrintable(other.error()));
        // An agent always reads through a live conversation.
        QVERIFY(!ana.transcript(past.web, QString()).ok());
    }

    void theHubDecidesWhoMayRead()
    {
        Past past;
        QVERIFY(past.build());
        Desk ana(past.hub, u"ana"_s);
        Desk bo(past.hub, u"bo"_s);
        Desk sam(past.hub, u"sam"_s);
        QVERIFY(ana.online() && bo.online() && sam.online());
        // Not signed in yet: nothing to show.
        Result<HistoryResponse> none = ana.history(past.live);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(u"not signed in"_s), qPrintable(none.error()));
        QVERIFY(past.verify(past.live, u"maya-1"_s));
        QVERIFY(ana.history(past.live).ok());
        // Another agent: not their customer.
        QVERIFY(!bo.history(past.live).ok());
        QVERIFY(!bo.transcript(past.web, past.live).ok());
        // A supervisor: through any verified conversation, and any transcript directly.
        Result<HistoryResponse> seen = sam.history(past.web);
        QVERIFY2(seen.ok(), qPrintable(seen.error()));
        QCOMPARE(seen->conversations.size(), 4);
        Result<TranscriptResponse> direct = sam.transcript(past.ola, QString());
        QVERIFY2(direct.ok(), qPrintable(direct.error()));
        QCOMPARE(direct->events.first().event.message, u"Hello"_s);

        // Every read and every refusal is in the audit log: who, whose, through which conversation.
        auto entries = [&](const QString &action) {
            AuditFilter filter;
            filter.actionPrefix = action;
            return past.hub.hub().store().audit(filter);
        };
        const QList<AuditEntry> reads = entries(u"history.read"_s);
        QCOMPARE(reads.size(), 2);
        QCOMPARE(reads.first().actor, past.agentId);
        QCOMPARE(reads.first().conversationId, past.live);
        QCOMPARE(reads.first().details.value("subject"_L1).toString(), u"maya-1"_s);
        const QList<AuditEntry> refusals = entries(u"history.refused"_s);
        QCOMPARE(refusals.size(), 3); // Ana before the sign-in, Bo twice
        QCOMPARE(refusals.last().actor, past.otherAgentId);
        QCOMPARE(entries(u"transcript.read"_s).size(), 1);
        QVERIFY(past.hub.hub().store().verifyAudit().ok());
    }

    void anExpiredSignInClosesTheHistoryToTheAgent()
    {
        Past past;
        QVERIFY(past.build());
        QVERIFY(past.verify(past.live, u"maya-1"_s, -1000)); // expired a second ago
        Desk ana(past.hub, u"ana"_s);
        Desk sam(past.hub, u"sam"_s);
        QVERIFY(ana.online() && sam.online());
        Result<HistoryResponse> refused = ana.history(past.live);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"expired"_s), qPrintable(refused.error()));
        QVERIFY(!ana.transcript(past.web, past.live).ok());
        QVERIFY(sam.history(past.live).ok());
    }
};

QTEST_GUILESS_MAIN(HistoryTest)
#include "HistoryTest.moc"
