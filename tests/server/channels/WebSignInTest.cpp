// A web chat visitor signs in from the customer page's Sign in button with the brand's provider
// (here the hub's own): the hub exchanges the code, asks userinfo who it is, and links the web
// conversation to the same identity as the customer's Apple conversations — after which the
// cross-channel rules bridge a signed-in Apple session into the web chat. Failures are audited.
#include "SignInWorld.h"
#include "channels/CustomerVisibility.h"
#include "channels/web/WebSignInFlow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = SignInWorld::kWait;

QString webConversation(SignInWorld &w, const QString &consumerId)
{
    ConsumerRecord visitor;
    visitor.id = consumerId;
    visitor.firstName = u"Maya"_s;
    visitor.context.channel = ChannelType::WebChat;
    Result<QString> convId = w.hub.hub().startConversation(visitor, u"Hello from the website"_s);
    return convId ? convId.value() : QString();
}

// The page's Sign in button: the provider's login page to open, or the reason there is none.
SignInWorld::Reply pressSignIn(SignInWorld &w, const QString &convId)
{
    QUrl url = w.hub.hub().customerPageUrl(convId);
    url.setPath(url.path() + u"/websignin"_s);
    return w.fetch(url, QByteArray(""));
}

QList<AuditEntry> audited(SignInWorld &w, const QString &action)
{
    AuditFilter filter;
    filter.actionPrefix = action;
    return w.hub.hub().store().audit(filter);
}
} // namespace

class WebSignInTest : public QObject
{
    Q_OBJECT
private slots:
    void aWebChatVisitorSignsInAsTheSameIdentity()
    {
        SignInWorld w;
        const QString base = w.hub.hub().baseUrl();
        // Maya is in a signed-in Apple Messages session…
        const QString apple = w.hub.startCustomer(u"maya-iphone"_s, u"Maya"_s, u"Hi"_s);
        QVERIFY(w.hub.hub()
                    .recordVerifiedIdentity(
                        apple, QJsonObject{{"issuer"_L1, base},
                                           {"subject"_L1, u"c-1001"_s},
                                           {"assurance"_L1, "hub"_L1},
                                           {"expiresAt"_L1,
                                            QDateTime::currentMSecsSinceEpoch() + 3600000}})
                    .ok());
        QTest::qWait(5);
        // …and signs in on the website too.
        const QString web = webConversation(w, u"maya-browser"_s);
        const SignInWorld::Reply button = pressSignIn(w, web);
        QCOMPARE(button.status, 200);
        const QUrl login =
            QUrl(QJsonDocument::fromJson(button.body).object().value("url"_L1).toString());
        QCOMPARE(login.path(), u"/oauth/authorize"_s);
        QSignalSpy finished(&w.hub.hub().webSignIn(), &WebSignInFlow::finished);
        const SignInWorld::Reply redirect = w.signInAs(login, {u"maya-demo-pass"_s});
        QCOMPARE(redirect.status, 302);
        QCOMPARE(redirect.location.path(), u"/web/callback"_s);
        const SignInWorld::Reply back = w.fetch(redirect.location);
        QVERIFY(back.body.contains("Finishing your sign-in"));
        QVERIFY(back.body.contains("/customer/")); // and back to the chat
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
        QCOMPARE(finished.first().at(1).toBool(), true);

        const ConversationDetails details = w.hub.hub().store().conversation(web).value();
        QCOMPARE(details.verifiedIdentity.value("issuer"_L1).toString(), base);
        QCOMPARE(details.verifiedIdentity.value("subject"_L1).toString(), u"c-1001"_s);
        QCOMPARE(details.verifiedIdentity.value("name"_L1).toString(), u"Maya Chen"_s);
        QCOMPARE(details.verifiedIdentity.value("reportedBy"_L1).toString(), u"hub"_s);
        QVERIFY(details.verifiedIdentity.value("expiresAt"_L1).toInteger() >
                QDateTime::currentMSecsSinceEpoch());
        QVERIFY(!QJsonDocument(details.verifiedIdentity).toJson().contains("access_token"));
        // The same identity: both conversations are in its history, and the Apple session is
        // bridged into the web chat.
        QStringList history;
        for (const HistoryEntry &e : w.hub.hub().store().history(base, u"c-1001"_s))
            history << e.conversationId;
        QVERIFY(history.contains(web) && history.contains(apple));
        const QList<CustomerVisibility::Visible> visible =
            CustomerVisibility(w.hub.hub().store())
                .visibleFrom(web, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(visible.size(), 1);
        QCOMPARE(visible.first().link.conversationId, apple);
        QVERIFY(visible.first().bridged);
        // Audited: started by the customer, verified by the hub.
        QCOMPARE(audited(w, u"signin.started"_s).last().details.value("generation"_L1).toString(),
                 u"web chat"_s);
        QCOMPARE(audited(w, u"signin.verified"_s).last().actor, u"hub"_s);
        // Signed in: the page offers no second sign-in.
        QUrl events = w.hub.hub().customerPageUrl(web);
        events.setPath(events.path() + u"/events"_s);
        const QJsonObject page = QJsonDocument::fromJson(w.fetch(events).body).object();
        QCOMPARE(page.value("webSignIn"_L1).toBool(true), false);
        QCOMPARE(page.value("signedInAs"_L1).toString(), u"Maya Chen"_s);
    }

    void failuresAreShownAndAudited()
    {
        SignInWorld w;
        // An Apple customer signs in from the request in Messages, not from the page's button.
        const QString apple = w.hub.startCustomer(u"maya-iphone"_s, u"Maya"_s, u"Hi"_s);
        const SignInWorld::Reply refused = pressSignIn(w, apple);
        QCOMPARE(refused.status, 409);
        QVERIFY(refused.body.contains("Messages"));
        // Too many wrong passwords: the provider ends the sign-in; nothing is recorded.
        const QString web = webConversation(w, u"visitor"_s);
        const QUrl login = QUrl(
            QJsonDocument::fromJson(pressSignIn(w, web).body).object().value("url"_L1).toString());
        const SignInWorld::Reply denied =
            w.signInAs(login, {u"a-wrong-1"_s, u"a-wrong-2"_s, u"a-wrong-3"_s, u"a-wrong-4"_s,
                               u"a-wrong-5"_s});
        QCOMPARE(denied.status, 302);
        const SignInWorld::Reply page = w.fetch(denied.location);
        QVERIFY(page.body.contains("Sign-in did not complete"));
        QVERIFY(w.hub.hub().store().conversation(web)->verifiedIdentity.isEmpty());
        QCOMPARE(audited(w, u"signin.failed"_s).size(), 1);
        // The answer's state works once.
        QCOMPARE(w.fetch(denied.location).status, 400);
    }
};

QTEST_GUILESS_MAIN(WebSignInTest)
#include "WebSignInTest.moc"
