// The customer's web page: private to whoever has its key, shows the chat and the sign-in bubble,
// sends what the customer writes, and signs in through the brand's page and back — for iOS 17
// (the hub's callback) and iOS 15 (the hub standing in for Apple's return URL).
#include "RawClient.h"
#include "SignInWorld.h"
#include "channels/apple/AppleSignInFlow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Signet;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = SignInWorld::kWait;

QUrl with(const QUrl &page, const QString &suffix)
{
    QUrl url = page;
    url.setPath(page.path() + suffix);
    return url;
}
} // namespace

class CustomerPageTest : public QObject
{
    Q_OBJECT
private slots:
    void thePageIsPrivateToItsKey()
    {
        SignInWorld w;
        const QString convId = w.hub.startCustomer(u"c-1"_s, u"Maya"_s, u"Hi"_s);
        const QUrl page = w.hub.hub().customerPageUrl(convId);
        QCOMPARE(w.fetch(page).status, 200);
        QVERIFY(w.fetch(page).body.contains("startSignIn"));
        QUrl noKey = page;
        noKey.setQuery(QString());
        QCOMPARE(w.fetch(noKey).status, 404);
        QUrl wrongKey = page;
        wrongKey.setQuery(u"key=guess"_s);
        QCOMPARE(w.fetch(wrongKey).status, 404);
        QCOMPARE(w.fetch(with(wrongKey, u"/events"_s)).status, 404);
        QCOMPARE(page, w.hub.hub().customerPageUrl(convId)); // one key per conversation
        // Another conversation's key does not open this one.
        const QString other = w.hub.startCustomer(u"c-2"_s, u"Lee"_s, u"Hello"_s);
        QUrl borrowed = page;
        borrowed.setQuery(w.hub.hub().customerPageUrl(other).query());
        QCOMPARE(w.fetch(borrowed).status, 404);
        // The customer's link outlives a restart of the hub.
        QVERIFY(w.hub.restart());
        QCOMPARE(w.hub.hub().customerPageUrl(convId), page);
        QCOMPARE(w.fetch(with(page, u"/events"_s)).status, 200);
    }

    void theCustomerChatsAndSignsIn_data()
    {
        QTest::addColumn<QString>("osVersion");
        QTest::addColumn<QString>("returnPath");
        QTest::newRow("ios17") << u"17.4"_s << u"/apple/callback"_s;
        QTest::newRow("ios15") << u"15.7"_s << u"/apple/legacy-return"_s;
    }
    void theCustomerChatsAndSignsIn()
    {
        QFETCH(QString, osVersion);
        QFETCH(QString, returnPath);
        SignInWorld w;
        QVERIFY(w.online());
        const QString convId = w.acceptedConversation(osVersion, u"c-"_s + osVersion);
        const QUrl page = w.hub.hub().customerPageUrl(convId);

        // The customer writes; the agent sees it.
        const SignInWorld::Reply sent =
            w.fetch(with(page, u"/messages"_s),
                    QJsonDocument(QJsonObject{{"text"_L1, u"Is it me you need?"_s}}).toJson());
        QCOMPARE(sent.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(w.session->messages(convId)->rowCount() == 2, kWait);
        QCOMPARE(w.session->messages(convId)->messageAt(1).text, u"Is it me you need?"_s);

        // The sign-in bubble appears on the page.
        const QString requestId = w.request(convId);
        const QJsonArray events = QJsonDocument::fromJson(w.fetch(with(page, u"/events"_s)).body)
                                      .object()
                                      .value("events"_L1)
                                      .toArray();
        const QJsonObject bubble = events.last().toObject().value("signIn"_L1).toObject();
        QCOMPARE(bubble.value("requestIdentifier"_L1).toString(), requestId);
        QCOMPARE(bubble.value("title"_L1).toString(), acmeDraft().received.title);
        QCOMPARE(bubble.value("style"_L1).toString(), u"icon"_s);

        // Sign in: the login page, then back through the hub to the chat.
        const QJsonObject start =
            QJsonDocument::fromJson(
                w.fetch(with(page, u"/signin"_s),
                        QJsonDocument(QJsonObject{{"requestIdentifier"_L1, requestId}}).toJson())
                    .body)
                .object();
        const QUrl login = QUrl(start.value("url"_L1).toString());
        QVERIFY2(login.isValid() && login.path() == u"/oauth/authorize"_s,
                 qPrintable(start.value("error"_L1).toString()));
        const SignInWorld::Reply redirect = w.signInAs(login, {u"maya-demo-pass"_s});
        QCOMPARE(redirect.status, 302);
        QCOMPARE(redirect.location.path(), returnPath);
        const SignInWorld::Reply back = w.fetch(redirect.location);
        QCOMPARE(back.status, 200);
        QVERIFY(back.body.contains("You're signed in"));
        QVERIFY(back.body.contains(QString(u"http-equiv=\"refresh\""_s).toUtf8()));
        QVERIFY(back.body.contains(page.path().toUtf8())); // back to the chat
        QTRY_COMPARE_WITH_TIMEOUT(w.responseIn(convId).value("status"_L1).toBool(), true, kWait);
        // The page knows the request is answered (its button turns off).
        const QJsonArray after = QJsonDocument::fromJson(w.fetch(with(page, u"/events"_s)).body)
                                     .object()
                                     .value("events"_L1)
                                     .toArray();
        QCOMPARE(after.last().toObject().value("answers"_L1).toString(), requestId);
        // And it cannot be used twice.
        const QJsonObject again =
            QJsonDocument::fromJson(
                w.fetch(with(page, u"/signin"_s),
                        QJsonDocument(QJsonObject{{"requestIdentifier"_L1, requestId}}).toJson())
                    .body)
                .object();
        QVERIFY(again.value("error"_L1).toString().contains(u"already been answered"_s));
    }

    void pagesCannotBeFramedSniffedOrCached()
    {
        // The login page and the customer's page (and every other answer of the hub): no
        // framing (a login page in someone else's frame is a clickjacking kit), no MIME sniffing,
        // nothing cached or passed on as a referrer, and on HTML pages no script but the page's
        // own.
        SignInWorld w;
        QVERIFY(w.online());
        const QString convId = w.acceptedConversation(u"17.4"_s, u"c-headers"_s);
        const QString requestId = w.request(convId);
        const QUrl login = w.hub.hub().appleSignIn().startSignIn(requestId).value();
        for (const QUrl &url : {login, w.hub.hub().customerPageUrl(convId),
                                with(w.hub.hub().customerPageUrl(convId), u"/events"_s)}) {
            QNetworkReply *reply = w.browser.get(QNetworkRequest(url));
            QVERIFY(spinUntil([reply] { return reply->isFinished(); }, kWait));
            reply->deleteLater();
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(reply->rawHeader("X-Frame-Options"), QByteArray("DENY"));
            QCOMPARE(reply->rawHeader("X-Content-Type-Options"), QByteArray("nosniff"));
            QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("no-store"));
            QCOMPARE(reply->rawHeader("Referrer-Policy"), QByteArray("no-referrer"));
            const QByteArray csp = reply->rawHeader("Content-Security-Policy");
            QVERIFY2(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'"),
                     csp.constData());
            if (reply->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(u"text/html"_s)) {
                QVERIFY2(csp.contains("script-src 'sha256-") && !csp.contains("unsafe-eval") &&
                             !csp.contains("script-src 'unsafe-inline'"),
                         csp.constData());
            }
            // Plain http here: no HSTS (TlsTest checks it under TLS).
            QVERIFY(!reply->hasRawHeader("Strict-Transport-Security"));
        }
    }

    void textThatIsNotUnicodeIsRefusedAsForAgents()
    {
        // JSON can carry an unpaired surrogate ("\ud800"); stored, it would read back as
        // something else and every later export of the conversation would fail its check.
        SignInWorld w;
        QVERIFY(w.online());
        const QString convId = w.acceptedConversation(u"17.4"_s, u"c-surrogate"_s);
        const QUrl page = w.hub.hub().customerPageUrl(convId);
        const qsizetype before = w.hub.hub().store().events(convId, -1, 1000).size();
        const SignInWorld::Reply refused =
            w.fetch(with(page, u"/messages"_s), R"({"text":"broken \ud800 text"})");
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.body.contains("surrogate"), refused.body.constData());
        QCOMPARE(w.hub.hub().store().events(convId, -1, 1000).size(), before);
        // The same for every customer path into the hub.
        QVERIFY(!w.hub.hub().consumerSend(convId, u"x"_s + QChar(0xDC00)).ok());
        // A pair is fine, and the conversation's chain still verifies.
        QCOMPARE(w.fetch(with(page, u"/messages"_s), R"({"text":"fine \ud83d\ude00"})").status,
                 200);
        QVERIFY(w.hub.hub().store().verifyChain(convId).ok());
    }

    void aFullConversationTakesNothingMoreFromAnyone()
    {
        // One conversation cannot fill the hub's database: past its limit, agents and customers
        // alike are told to start a new conversation, and nothing of what they sent is stored.
        SignInWorld w(
            TestHub::Configure([](Hub::HubOptions &o) { o.maxConversationBytes = 48 * 1024; }));
        QVERIFY(w.online());
        const QString convId = w.acceptedConversation(u"17.4"_s, u"c-full"_s);
        QVERIFY(!convId.isEmpty());
        RawClient agent(w.hub, u"ana"_s);
        QVERIFY(agent.connected());
        auto publish = [&](const QString &text) {
            return agent.request(
                u".ams.ms.PublishEvent"_s,
                QJsonObject{{"dialogId"_L1, convId},
                            {"event"_L1,
                             QJsonObject{{"type"_L1, "ContentEvent"_L1}, {"message"_L1, text}}}});
        };
        RawAnswer answer;
        for (int i = 0; i < 20; ++i) {
            answer = publish(QString(4000, QChar(char16_t(u'a' + i))));
            if (answer.code != 200)
                break;
        }
        QCOMPARE(answer.code, 413);
        QVERIFY2(answer.message().contains(u"start a new conversation"_s),
                 qPrintable(answer.message()));
        const qsizetype stored = w.hub.hub().store().events(convId, -1, 1000).size();
        QVERIFY(w.hub.hub().store().storedBytes(convId) <= 48 * 1024);
        const QUrl page = w.hub.hub().customerPageUrl(convId);
        const QByteArray text =
            QJsonDocument(QJsonObject{{"text"_L1, QString(4000, u'c')}}).toJson();
        const SignInWorld::Reply refused = w.fetch(with(page, u"/messages"_s), text);
        QCOMPARE(refused.status, 413);
        QVERIFY2(refused.body.contains("start a new conversation"), refused.body.constData());
        QCOMPARE(w.hub.hub().store().events(convId, -1, 1000).size(), stored);
        QVERIFY(w.hub.hub().store().verifyChain(convId).ok());
        // An event over its own limit is refused whatever room is left in its conversation.
        const QString other = w.acceptedConversation(u"17.4"_s, u"c-roomy"_s);
        const qsizetype before = w.hub.hub().store().events(other, -1, 1000).size();
        const RawAnswer big = agent.request(
            u".ams.ms.PublishEvent"_s,
            QJsonObject{
                {"dialogId"_L1, other},
                {"event"_L1,
                 QJsonObject{{"type"_L1, "RichContentEvent"_L1},
                             {"content"_L1, QJsonObject{{"type"_L1, "text"_L1},
                                                        {"text"_L1, QString(70000, u'x')}}}}}});
        QCOMPARE(big.code, 400);
        QVERIFY2(big.message().contains(u"larger than 64 KiB"_s), qPrintable(big.message()));
        QCOMPARE(w.hub.hub().store().events(other, -1, 1000).size(), before);
    }

    void typingAndReadReceiptsGoBothWays()
    {
        SignInWorld w;
        QVERIFY(w.online());
        const QString convId = w.acceptedConversation(u"17.4"_s, u"c-typing"_s);
        const QUrl page = w.hub.hub().customerPageUrl(convId);
        auto events = [&] {
            return QJsonDocument::fromJson(w.fetch(with(page, u"/events"_s)).body).object();
        };
        auto post = [&](const QString &path, const QJsonObject &body) {
            return w.fetch(with(page, path), QJsonDocument(body).toJson());
        };
        QCOMPARE(events().value("agentTyping"_L1).toBool(), false);

        // The agent types: the page says so; the agent stops: it does not.
        w.session->setComposing(convId, true);
        QTRY_VERIFY_WITH_TIMEOUT(events().value("agentTyping"_L1).toBool(), kWait);
        w.session->setComposing(convId, false);
        QTRY_VERIFY_WITH_TIMEOUT(!events().value("agentTyping"_L1).toBool(), kWait);

        // The customer types: the agent's desk shows it.
        QCOMPARE(post(u"/typing"_s, {{"state"_L1, "COMPOSING"_L1}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(w.session->isCustomerTyping(convId), kWait);
        QCOMPARE(post(u"/typing"_s, {{"state"_L1, "ACTIVE"_L1}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!w.session->isCustomerTyping(convId), kWait);
        QCOMPARE(post(u"/typing"_s, {{"state"_L1, "SHOUTING"_L1}}).status, 400);

        // The agent reads the customer's message: the page learns up to where.
        const qint64 customerMessage = w.session->messages(convId)->messageAt(0).sequence;
        w.session->markRead(convId);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonValue &e : events().value("events"_L1).toArray()) {
                    if (e.toObject().value("read"_L1).toInteger(-1) >= customerMessage)
                        return true;
                }
                return false;
            }(),
            kWait);

        // The customer reads the agent's reply: the desk marks it read.
        w.session->sendText(convId, u"Let me check."_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.session->messages(convId)->messageAt(1).delivery ==
                                     MessageListModel::Delivery::Sent,
                                 kWait);
        const qint64 reply = w.session->messages(convId)->messageAt(1).sequence;
        QCOMPARE(post(u"/read"_s, {{"sequences"_L1, QJsonArray{reply}}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(w.session->messages(convId)->messageAt(1).delivery,
                                  MessageListModel::Delivery::Read, kWait);
        // Bad receipts are refused.
        QCOMPARE(post(u"/read"_s, {{"sequences"_L1, QJsonArray{}}}).status, 400);
        QCOMPARE(post(u"/read"_s, {{"sequences"_L1, QJsonArray{1.5}}}).status, 400);
        QCOMPARE(post(u"/read"_s, {{"sequences"_L1, QJsonArray{u"x"_s}}}).status, 400);
        // And only with the page's key.
        QUrl wrongKey = with(page, u"/typing"_s);
        wrongKey.setQuery(u"key=guess"_s);
        QCOMPARE(
            w.fetch(wrongKey, QJsonDocument(QJsonObject{{"state"_L1, "COMPOSING"_L1}}).toJson())
                .status,
            404);
    }
};

QTEST_GUILESS_MAIN(CustomerPageTest)
#include "CustomerPageTest.moc"
