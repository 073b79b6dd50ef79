// The customer's web page: private to whoever has its key, shows the chat and the sign-in bubble,
// sends what the customer writes, and signs in through the brand's page and back — for iOS 17
// (the hub's callback) and iOS 15 (the hub standing in for Apple's return URL).
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
};

QTEST_GUILESS_MAIN(CustomerPageTest)
#include "CustomerPageTest.moc"
