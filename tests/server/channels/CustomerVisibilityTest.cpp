// ARCHITECTURE.md's cross-channel rules for what customers see, one test each, through the hub's
// customer page (the same endpoint the customer's browser polls) and its mirroring of replies:
//  1. an authenticated Apple session sees earlier authenticated Apple sessions, nothing else;
//  2. an Apple conversation appears in web chat when the customer authenticates there during the
//     Apple session, and agent replies keep reaching Apple until the Apple sign-in expires;
//  3. otherwise no Apple history in other channels.
// Runs on SQLite and on PostgreSQL.
#include "channels/CustomerVisibility.h"
#include "Await.h"
#include "TestHub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;
const QString kIssuer = u"https://login.acme.example"_s;

struct World
{
    TestHub hub;
    QNetworkAccessManager browser;
    QString agentId;

    World()
    {
        (void)hub.addUser(u"ana"_s, kPassword);
        agentId = hub.hub().store().agentByName(u"ana"_s)->id;
    }

    QString conversation(const QString &consumerId, ChannelType channel, const QString &text)
    {
        ConsumerRecord c;
        c.id = consumerId;
        c.firstName = u"Maya"_s;
        c.context.channel = channel;
        if (channel == ChannelType::AppleMessages) {
            c.context.clientProperties = {u"iOS"_s, u"17.4"_s, u"MOBILE"_s, {}};
            c.context.engagementAttributes = {u"Apple Authentication supported"_s};
        }
        Result<QString> convId = hub.hub().startConversation(c, text);
        QTest::qWait(3); // distinct start times
        if (!convId || !hub.hub().assign(convId.value(), agentId))
            return {};
        return convId.value();
    }

    bool verify(const QString &convId, const QString &subject, qint64 expiresInMs)
    {
        QTest::qWait(3); // distinct verification times
        return hub.hub()
            .recordVerifiedIdentity(
                convId,
                QJsonObject{{"issuer"_L1, kIssuer},
                            {"subject"_L1, subject},
                            {"assurance"_L1, "hub"_L1},
                            {"expiresAt"_L1, QDateTime::currentMSecsSinceEpoch() + expiresInMs}})
            .ok();
    }

    bool agentSays(const QString &convId, const QString &text)
    {
        Event e;
        e.message = text;
        return hub.hub().publish(convId, agentId, ParticipantRole::AssignedAgent, e, {}).ok();
    }

    // What the customer's page in convId shows of other conversations: id → bridged.
    QMap<QString, bool> seenFrom(const QString &convId)
    {
        QUrl url = hub.hub().customerPageUrl(convId);
        url.setPath(url.path() + u"/visible"_s);
        QNetworkReply *reply = browser.get(QNetworkRequest(url));
        if (!spinUntil([reply] { return reply->isFinished(); }, kWait))
            return {{u"timeout"_s, false}};
        reply->deleteLater();
        QMap<QString, bool> out;
        const QJsonArray conversations =
            QJsonDocument::fromJson(reply->readAll()).object().value("conversations"_L1).toArray();
        for (const QJsonValue &c : conversations)
            out.insert(c.toObject().value("conversationId"_L1).toString(),
                       c.toObject().value("bridged"_L1).toBool());
        return out;
    }

    QStringList textsIn(const QString &convId)
    {
        QStringList out;
        for (const MessagingEvent &e : hub.hub().store().events(convId, -1, 100))
            out << e.event.message;
        return out;
    }
};
} // namespace

class CustomerVisibilityTest : public QObject
{
    Q_OBJECT
private slots:
    void anAuthenticatedAppleSessionSeesEarlierAuthenticatedAppleSessionsOnly()
    {
        World w;
        const QString appleEarlier =
            w.conversation(u"iphone"_s, ChannelType::AppleMessages, u"a"_s);
        const QString appleUnverified =
            w.conversation(u"iphone"_s, ChannelType::AppleMessages, u"b"_s);
        const QString webEarlier = w.conversation(u"browser"_s, ChannelType::WebChat, u"c"_s);
        const QString someoneElse = w.conversation(u"ola"_s, ChannelType::AppleMessages, u"d"_s);
        const QString live = w.conversation(u"iphone"_s, ChannelType::AppleMessages, u"e"_s);
        QVERIFY(w.verify(appleEarlier, u"maya-1"_s, -1000)); // long expired: still earlier history
        QVERIFY(w.verify(webEarlier, u"maya-1"_s, 3600000));
        QVERIFY(w.verify(someoneElse, u"ola-7"_s, 3600000));
        // Before the customer signs in here: nothing but this conversation.
        QVERIFY(w.seenFrom(live).isEmpty());
        QVERIFY(w.verify(live, u"maya-1"_s, 3600000));
        const QMap<QString, bool> seen = w.seenFrom(live);
        QCOMPARE(seen.keys(), QStringList{appleEarlier});
        QVERIFY(!seen.value(appleEarlier)); // history, not a bridge
        Q_UNUSED(appleUnverified)
    }

    void anExpiredAppleSessionSeesNothingMore()
    {
        World w;
        const QString earlier = w.conversation(u"iphone"_s, ChannelType::AppleMessages, u"a"_s);
        const QString live = w.conversation(u"iphone"_s, ChannelType::AppleMessages, u"b"_s);
        QVERIFY(w.verify(earlier, u"maya-1"_s, 3600000));
        QVERIFY(w.verify(live, u"maya-1"_s, -1));
        QVERIFY(w.seenFrom(live).isEmpty());
    }

    void webChatDuringTheAppleSessionBridgesUntilTheAppleSignInExpires()
    {
        World w;
        const QString apple = w.conversation(u"iphone"_s, ChannelType::AppleMessages, u"Hi"_s);
        const QString web = w.conversation(u"browser"_s, ChannelType::WebChat, u"Me again"_s);
        QVERIFY(w.verify(apple, u"maya-1"_s, 2500)); // the Apple sign-in ends in 2.5 s
        QVERIFY(w.verify(web, u"maya-1"_s, 3600000));
        const QMap<QString, bool> seen = w.seenFrom(web);
        QCOMPARE(seen.keys(), QStringList{apple});
        QVERIFY(seen.value(apple)); // the live Apple conversation, bridged
        // The agent answers in web chat: Apple Messages gets it too.
        QVERIFY(w.agentSays(web, u"Your refund is on its way"_s));
        QVERIFY(w.textsIn(apple).contains(u"Your refund is on its way"_s));
        const MessagingEvent mirrored = w.hub.hub().store().lastContentEvent(apple).value();
        QCOMPARE(mirrored.originatorRole, ParticipantRole::AssignedAgent);
        QCOMPARE(mirrored.metadata.first().toObject().value("conversationId"_L1).toString(), web);
        // Once the Apple sign-in has expired: no more Apple in web chat, replies stay on the web.
        QTRY_VERIFY_WITH_TIMEOUT(w.seenFrom(web).isEmpty(), kWait);
        QVERIFY(w.agentSays(web, u"Anything else?"_s));
        QVERIFY(!w.textsIn(apple).contains(u"Anything else?"_s));
        QVERIFY(w.textsIn(web).contains(u"Anything else?"_s));
    }

    void otherwiseNoAppleHistoryReachesOtherChannels()
    {
        World w;
        // Signed in on the web first, on Apple later: not "during the Apple session".
        const QString apple = w.conversation(u"iphone"_s, ChannelType::AppleMessages, u"Hi"_s);
        const QString web = w.conversation(u"browser"_s, ChannelType::WebChat, u"Hello"_s);
        QVERIFY(w.verify(web, u"maya-1"_s, 3600000));
        QVERIFY(w.verify(apple, u"maya-1"_s, 3600000));
        QVERIFY(w.seenFrom(web).isEmpty());
        QVERIFY(w.agentSays(web, u"web only"_s));
        QVERIFY(!w.textsIn(apple).contains(u"web only"_s));
        // An Apple session that had already expired, or was closed, bridges nothing.
        const QString expiredApple =
            w.conversation(u"iphone2"_s, ChannelType::AppleMessages, u"x"_s);
        QVERIFY(w.verify(expiredApple, u"rosa-1"_s, -1000));
        const QString web2 = w.conversation(u"browser2"_s, ChannelType::WebChat, u"y"_s);
        QVERIFY(w.verify(web2, u"rosa-1"_s, 3600000));
        QVERIFY(w.seenFrom(web2).isEmpty());
        const QString closedApple =
            w.conversation(u"iphone3"_s, ChannelType::AppleMessages, u"z"_s);
        QVERIFY(w.verify(closedApple, u"sam-1"_s, 3600000));
        QVERIFY(w.hub.hub().close(closedApple).ok());
        const QString web3 = w.conversation(u"browser3"_s, ChannelType::WebChat, u"w"_s);
        QVERIFY(w.verify(web3, u"sam-1"_s, 3600000));
        QVERIFY(w.seenFrom(web3).isEmpty());
        // A web chat without a sign-in sees nothing, whatever happens on Apple.
        const QString anonymous = w.conversation(u"browser4"_s, ChannelType::WebChat, u"v"_s);
        QVERIFY(w.seenFrom(anonymous).isEmpty());
        // And an Apple session never shows web chats, even of the same customer.
        const QString appleLater = w.conversation(u"iphone"_s, ChannelType::AppleMessages, u"u"_s);
        QVERIFY(w.verify(appleLater, u"maya-1"_s, 3600000));
        QCOMPARE(w.seenFrom(appleLater).keys(), QStringList{apple});
    }

    void thePageNeedsItsKey()
    {
        World w;
        const QString apple = w.conversation(u"iphone"_s, ChannelType::AppleMessages, u"Hi"_s);
        QUrl url = w.hub.hub().customerPageUrl(apple);
        url.setPath(url.path() + u"/visible"_s);
        url.setQuery(u"key=wrong"_s);
        QNetworkReply *reply = w.browser.get(QNetworkRequest(url));
        QVERIFY(spinUntil([reply] { return reply->isFinished(); }, kWait));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(CustomerVisibilityTest)
#include "CustomerVisibilityTest.moc"
