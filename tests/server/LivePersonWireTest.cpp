// What LivePerson's own clients send and expect, checked frame by frame (the node conformance
// test, tests/conformance, drives the hub with LivePerson's agent SDK itself): the WebSocket's
// version parameter, the refresh by session cookie and csrf, LivePerson's "old" ids
// ({account}.{userId}) wherever a client may send them, agentIds narrowing the conversations,
// SetAgentState's availability, the fields SubscribeRoutingTasks carries, the two responses named
// "…$Response", GetUserProfile with the id alone, and the participants maps and originatorPId of
// what the hub sends.
#include "Await.h"
#include "HttpPost.h"
#include "RawClient.h"
#include "TestHub.h"
#include "protocol/MessageTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// A POST with the cookie a client sends back, as LivePerson's SDK does (the hub's cookie is Secure,
// so a cookie jar would not send it over the test's plain http).
HttpAnswer post(QNetworkAccessManager &network, const QUrl &url, const QJsonObject &body,
                const QByteArray &cookie = {})
{
    if (cookie.isEmpty())
        return postJson(network, url, body, {}, kWait);
    return postJson(network, url, body, {{"Cookie", cookie}}, kWait);
}

QUrl apiUrl(TestHub &hub, const QString &what)
{
    return QUrl(hub.hub().baseUrl() + u"/api/account/signet/"_s + what + u"?v=1.3"_s);
}

// The notifications of one type, bodies only.
QList<QJsonObject> bodiesOf(const RawClient &client, QLatin1StringView type)
{
    QList<QJsonObject> bodies;
    for (const QJsonObject &frame : client.received()) {
        if (frame.value("type"_L1).toString() == type)
            bodies.append(frame.value("body"_L1).toObject());
    }
    return bodies;
}

// The conversation ids an ExConversationChangeNotification body upserts.
QStringList upserted(const QJsonObject &body)
{
    QStringList ids;
    const QJsonArray changes = body.value("changes"_L1).toArray();
    for (const QJsonValue &change : changes) {
        if (change["type"_L1].toString() == "UPSERT"_L1)
            ids.append(change["result"_L1]["convId"_L1].toString());
    }
    return ids;
}
} // namespace

class LivePersonWireTest : public QObject
{
    Q_OBJECT
private slots:
    void theWebSocketSpeaksVersionsTwoAndTwoPointOne()
    {
        TestHub hub;
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        for (const QString &version : {u"2.1"_s, u"2"_s, QString(u""_s)}) {
            RawClient client(hub, u"ana"_s, version);
            QVERIFY2(client.connected(), qPrintable(version));
            QCOMPARE(client.request(Types::GetClock, QJsonObject{}).code, 200);
        }
        // Another version is refused before the upgrade, with a reason.
        RawClient old(hub, u"ana"_s, u"1"_s);
        QVERIFY(!old.connected());
        QNetworkAccessManager network;
        QUrl plain = hub.webSocketUrl(hub.loginBearer(u"ana"_s, kPassword));
        plain.setScheme(u"http"_s);
        plain.setQuery(u"v=3"_s);
        QNetworkReply *reply = network.get(QNetworkRequest(plain));
        QVERIFY(spinUntil([reply] { return reply->isFinished(); }, kWait));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(QJsonDocument::fromJson(reply->readAll())
                    .object()
                    .value("error"_L1)
                    .toString()
                    .contains(u"2.1"_s));
        reply->deleteLater();
    }

    void aLoginRefreshesByItsCookieAndCsrf()
    {
        TestHub hub;
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        QNetworkAccessManager network;
        const QJsonObject credentials{{"username"_L1, u"ana"_s}, {"password"_L1, kPassword}};
        const HttpAnswer login = post(network, apiUrl(hub, u"login"_s), credentials);
        QCOMPARE(login.status, 200);
        const QString bearer = login.body.value("bearer"_L1).toString();
        const QString csrf = login.body.value("csrf"_L1).toString();
        QVERIFY(!csrf.isEmpty());
        // The cookie: this account's login endpoints only, never readable by a page, https only.
        QVERIFY2(login.header("Set-Cookie")
                     .startsWith(QByteArray("signet_session=" + bearer.toLatin1() + ';')),
                 login.header("Set-Cookie").constData());
        for (const char *attribute :
             {"Path=/api/account/signet/", "Secure", "HttpOnly", "SameSite=Strict", "Max-Age="})
            QVERIFY2(login.header("Set-Cookie").contains(attribute), attribute);
        const QByteArray cookie = QByteArray("theme=dark; signet_session=" + bearer.toLatin1());

        const QUrl refresh = apiUrl(hub, u"refresh"_s);
        QCOMPARE(post(network, refresh, QJsonObject{{"csrf"_L1, csrf}}, cookie).status, 200);
        // Without the csrf, or with a wrong one (another login's), the cookie alone is not enough.
        QCOMPARE(post(network, refresh, QJsonObject{}, cookie).status, 401);
        QCOMPARE(
            post(network, refresh, QJsonObject{{"csrf"_L1, QString(csrf + u'x')}}, cookie).status,
            401);
        const HttpAnswer other = post(network, apiUrl(hub, u"login"_s), credentials);
        QCOMPARE(other.status, 200);
        const QString otherCsrf = other.body.value("csrf"_L1).toString();
        QVERIFY(otherCsrf != csrf);
        QCOMPARE(post(network, refresh, QJsonObject{{"csrf"_L1, otherCsrf}}, cookie).status, 401);
        // The csrf without the cookie is nothing either.
        QCOMPARE(post(network, refresh, QJsonObject{{"csrf"_L1, csrf}}).status, 401);
        // LivePerson's other ways to log in are refused as such, not as a wrong password.
        const HttpAnswer saml = post(network, apiUrl(hub, u"login"_s),
                                     QJsonObject{{"jwt"_L1, u"dummy"_s}, {"assertion"_L1, u"x"_s}});
        QCOMPARE(saml.status, 400);
        QVERIFY(saml.body.value("error"_L1).toString().contains(u"user name and password"_s));
        QCOMPARE(post(network, apiUrl(hub, u"login"_s),
                      QJsonObject{{"username"_L1, u"ana"_s}, {"appKey"_L1, u"k"_s}})
                     .status,
                 400);
        // A second hub on the same database checks the same csrf.
        TestHub second(
            TestHub::Configure([&hub](HubOptions &o) { o.databasePath = hub.databasePath(); }));
        QVERIFY(second.ok());
        QCOMPARE(post(network, apiUrl(second, u"refresh"_s), QJsonObject{{"csrf"_L1, csrf}}, cookie)
                     .status,
                 200);
    }

    void oldIdsAvailabilityAndRoutingFields()
    {
        TestHub hub;
        QVERIFY(hub.ok());
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        QVERIFY(hub.addUser(u"bo"_s, kPassword));
        const QString ana = hub.hub().store().agentByName(u"ana"_s)->id;
        const QString bo = hub.hub().store().agentByName(u"bo"_s)->id;
        const QString anaOld = u"signet."_s + ana; // LivePerson's old ids
        const QString boOld = u"signet."_s + bo;
        RawClient client(hub, u"ana"_s);
        QVERIFY(client.connected());

        // SetAgentState as LivePerson's SDK sends it, and as earlier desks did.
        const QJsonObject online{{"availability"_L1, u"ONLINE"_s},
                                 {"channels"_L1, QJsonArray{u"MESSAGING"_s}},
                                 {"agentUserId"_L1, anaOld}};
        QCOMPARE(client.request(Types::SetAgentState, online).code, 200);
        QCOMPARE(
            client.request(Types::SetAgentState, QJsonObject{{"agentState"_L1, u"AWAY"_s}}).code,
            200);
        QJsonObject forBo = online;
        forBo.insert("agentUserId"_L1, boOld);
        RawAnswer refused = client.request(Types::SetAgentState, forBo);
        QCOMPARE(refused.code, 403);
        QCOMPARE(refused.message(), u"Agents set their own state only."_s);
        QCOMPARE(client.request(Types::SetAgentState, online).code, 200);

        // SubscribeRoutingTasks with the SDK's fields: each must be this session's.
        const QJsonObject routing{{"channelType"_L1, u"MESSAGING"_s},
                                  {"agentId"_L1, anaOld},
                                  {"brandId"_L1, u"signet"_s}};
        QJsonObject otherBrand = routing;
        otherBrand.insert("brandId"_L1, u"12345678"_s);
        QCOMPARE(client.request(Types::SubscribeRoutingTasks, otherBrand).code, 400);
        QJsonObject otherAgent = routing;
        otherAgent.insert("agentId"_L1, boOld);
        QCOMPARE(client.request(Types::SubscribeRoutingTasks, otherAgent).code, 403);
        QJsonObject voice = routing;
        voice.insert("channelType"_L1, u"VOICE"_s);
        QCOMPARE(client.request(Types::SubscribeRoutingTasks, voice).code, 400);
        RawAnswer subscribed = client.request(Types::SubscribeRoutingTasks, routing);
        QCOMPARE(subscribed.code, 200);
        QCOMPARE(subscribed.type, u"routing.SubscribeRoutingTasksResponse"_s);

        // agentIds with Ana's old id: her conversations only, not the waiting ones.
        const QString waiting = hub.startCustomer(u"c-wait"_s, u"Wanda"_s, u"Anyone there?"_s);
        const QString mine = hub.startCustomer(u"c-mine"_s, u"Maya"_s, u"Hello"_s);
        QVERIFY(!waiting.isEmpty() && !mine.isEmpty());
        QVERIFY(hub.hub().assign(mine, ana).ok());
        RawAnswer subscribe = client.request(Types::SubscribeExConversations,
                                             QJsonObject{{"convState"_L1, QJsonArray{u"OPEN"_s}},
                                                         {"agentIds"_L1, QJsonArray{anaOld}}});
        QCOMPARE(subscribe.code, 200);
        QVERIFY(spinUntil(
            [&] { return !bodiesOf(client, Types::ExConversationChangeNotification).isEmpty(); },
            kWait));
        QCOMPARE(upserted(bodiesOf(client, Types::ExConversationChangeNotification).first()),
                 QStringList{mine});

        // The conversation in LivePerson's form: role → old ids, role → ids, and each dialog's
        // participants.
        const QJsonObject details =
            bodiesOf(client, Types::ExConversationChangeNotification)
                .first()["changes"_L1][0]["result"_L1]["conversationDetails"_L1]
                .toObject();
        QCOMPARE(details["participants"_L1]["ASSIGNED_AGENT"_L1].toArray(), QJsonArray{anaOld});
        QCOMPARE(details["participants"_L1]["CONSUMER"_L1].toArray(), QJsonArray{u"c-mine"_s});
        QCOMPARE(details["participantsPId"_L1]["ASSIGNED_AGENT"_L1].toArray(), QJsonArray{ana});
        QCOMPARE(details["dialogs"_L1][0]["participantsDetails"_L1].toArray().size(), 2);

        // Accepting the waiting one with Ana's old id (as the SDK fills userId in): it joins
        // her subscription.
        RawAnswer accepted = client.request(
            Types::UpdateConversationField,
            QJsonObject{{"conversationId"_L1, waiting},
                        {"conversationField"_L1,
                         QJsonArray{QJsonObject{{"field"_L1, u"ParticipantsChange"_s},
                                                {"type"_L1, u"ADD"_s},
                                                {"userId"_L1, anaOld},
                                                {"role"_L1, u"ASSIGNED_AGENT"_s}}}}});
        QCOMPARE(accepted.code, 200);
        QCOMPARE(hub.hub().store().conversation(waiting)->assignedAgentId(), ana);
        QVERIFY(spinUntil(
            [&] {
                const QList<QJsonObject> bodies =
                    bodiesOf(client, Types::ExConversationChangeNotification);
                return bodies.size() >= 2 && upserted(bodies.last()) == QStringList{waiting};
            },
            kWait));

        // Ana writes; her event names her by the old id and the PId.
        RawAnswer published =
            client.request(Types::PublishEvent,
                           QJsonObject{{"dialogId"_L1, waiting},
                                       {"event"_L1, QJsonObject{{"type"_L1, u"ContentEvent"_s},
                                                                {"contentType"_L1, u"text/plain"_s},
                                                                {"message"_L1, u"Here I am."_s}}}});
        QCOMPARE(published.code, 200);
        QVERIFY(spinUntil(
            [&] { return !bodiesOf(client, Types::OnlineEventDistribution).isEmpty(); }, kWait));
        const QJsonObject live = bodiesOf(client, Types::OnlineEventDistribution).last();
        QCOMPARE(live["originatorId"_L1].toString(), anaOld);
        QCOMPARE(live["originatorPId"_L1].toString(), ana);
        QCOMPARE(live["originatorMetadata"_L1]["id"_L1].toString(), ana);

        // QueryMessages and GetUserProfile answer by LivePerson's names for them.
        RawAnswer history =
            client.request(Types::QueryMessages, QJsonObject{{"dialogId"_L1, waiting},
                                                             {"fromSeq"_L1, -1},
                                                             {"newerThanSequence"_L1, -1}});
        QCOMPARE(history.code, 200);
        QCOMPARE(history.type, u".ams.ms.QueryMessages$Response"_s);
        const QJsonArray events = history.value.toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0)["originatorId"_L1].toString(), u"c-wait"_s);
        QCOMPARE(events.at(0)["originatorPId"_L1].toString(), u"c-wait"_s);
        QCOMPARE(events.at(1)["originatorId"_L1].toString(), anaOld);
        RawAnswer profile = client.request(Types::GetUserProfile, u"c-wait"_s);
        QCOMPARE(profile.code, 200);
        QCOMPARE(profile.type, u".ams.userprofile.GetUserProfile$Response"_s);
        QCOMPARE(profile.body.value("firstName"_L1).toString(), u"Wanda"_s);
        QCOMPARE(client.request(Types::GetUserProfile, u""_s).code, 400);
        RawAnswer self = client.request(Types::GetUserProfile, anaOld);
        QCOMPARE(self.code, 200);
        QCOMPARE(self.body.value("userId"_L1).toString(), ana);
    }
};

QTEST_GUILESS_MAIN(LivePersonWireTest)
#include "LivePersonWireTest.moc"
