// Apple's side of the sign-in, end to end over HTTP on 127.0.0.1: the desk sends a request, the
// customer signs in on the brand's login page, the code is exchanged at the endpoint for the
// device's generation, and the token comes back encrypted to the request's key — which the key
// ring's private key decrypts to a token the provider recognises. Failures answer status false.
#include "channels/apple/AppleSignInFlow.h"
#include "SignInWorld.h"
#include "crypto/AppleTokenCipher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Signet;
using namespace Signet::Auth;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = SignInWorld::kWait;
using Reply = SignInWorld::Reply;

// The world plus a way to decrypt what the hub answered with the desk's key.
class World : public SignInWorld
{
public:
    QString requestFor(const QString &osVersion, QString *convId)
    {
        *convId = acceptedConversation(osVersion, u"c-"_s + osVersion);
        return convId->isEmpty() ? QString() : request(*convId);
    }

    QString decrypt(const QString &requestId, const QString &token)
    {
        Result<Crypto::EcKeyPair> key = await<Crypto::EcKeyPair>(
            [&](auto done) { keyRing.privateKeyForRequest(requestId, done); });
        if (!key)
            return {};
        Result<Crypto::SecretBytes> plain =
            Crypto::AppleTokenCipher::decrypt(key.value(), token.toLatin1());
        return plain ? QString::fromUtf8(plain->view()) : QString();
    }
};
} // namespace

class AppleSignInFlowTest : public QObject
{
    Q_OBJECT
private slots:
    void ios17SignsInThroughTheHubsCallback()
    {
        World w;
        QTRY_COMPARE_WITH_TIMEOUT(w.connection->state(), AgentConnection::State::Online, kWait);
        QString convId;
        const QString requestId = w.requestFor(u"17.4"_s, &convId);
        QVERIFY(!requestId.isEmpty());
        Result<QUrl> start = w.hub.hub().appleSignIn().startSignIn(requestId);
        QVERIFY2(start.ok(), qPrintable(start.error()));
        QCOMPARE(QUrlQuery(start.value()).queryItemValue(u"client_id"_s), u"signet-messaging"_s);

        QSignalSpy answered(&w.hub.hub().appleSignIn(), &AppleSignInFlow::answered);
        const Reply redirect = w.signInAs(start.value(), {u"maya-demo-pass"_s});
        QCOMPARE(redirect.status, 302);
        QVERIFY(
            redirect.location.toString().startsWith(w.hub.hub().baseUrl() + u"/apple/callback"_s));
        const Reply done = w.fetch(redirect.location); // the browser follows to the hub
        QCOMPARE(done.status, 200);
        QVERIFY(done.body.contains("You're signed in"));
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, kWait);
        QCOMPARE(answered.first().at(1).toBool(), true);

        const QJsonObject response = w.responseIn(convId);
        QCOMPARE(response.value("status"_L1).toBool(), true);
        QCOMPARE(response.value("encrypted"_L1).toBool(), true);
        QCOMPARE(response.value("requestIdentifier"_L1).toString(), requestId);
        // Only the desk's key opens it, and what it holds is a token the provider knows.
        const QString accessToken = w.decrypt(requestId, response.value("token"_L1).toString());
        QVERIFY(!accessToken.isEmpty());
        QCOMPARE(w.hub.hub().oauth().claimsFor(accessToken).value("sub"_L1).toString(),
                 u"c-1001"_s);
        // The answer reads as the reply bubble in the transcript.
        QCOMPARE(w.hub.hub().store().lastContentEvent(convId)->event.message,
                 acmeDraft().reply.title);
        // A request is answered once.
        QVERIFY(!w.hub.hub().appleSignIn().startSignIn(requestId).ok());
    }

    void ios15UsesTheLegacyExchangeOnApplesSide()
    {
        World w;
        QTRY_COMPARE_WITH_TIMEOUT(w.connection->state(), AgentConnection::State::Online, kWait);
        QString convId;
        const QString requestId = w.requestFor(u"15.7"_s, &convId);
        Result<QUrl> start = w.hub.hub().appleSignIn().startSignIn(requestId);
        QVERIFY2(start.ok(), qPrintable(start.error()));
        QCOMPARE(QUrlQuery(start.value()).queryItemValue(u"client_id"_s), u"apple-business-chat"_s);
        // A wrong password first, then the right one.
        const Reply redirect =
            w.signInAs(start.value(), {u"wrong-password"_s, u"maya-demo-pass"_s});
        QCOMPARE(redirect.status, 302);
        QVERIFY(redirect.location.toString().startsWith(u"https://auth.businesschat.apple.com"_s));
        w.hub.hub().appleSignIn().completeLegacy(redirect.location);
        QTRY_VERIFY_WITH_TIMEOUT(!w.responseIn(convId).isEmpty(), kWait);
        const QJsonObject response = w.responseIn(convId);
        QCOMPARE(response.value("status"_L1).toBool(), true);
        const QString accessToken = w.decrypt(requestId, response.value("token"_L1).toString());
        QCOMPARE(w.hub.hub().oauth().claimsFor(accessToken).value("name"_L1).toString(),
                 u"Maya Chen"_s);
        // The wrong password is in the audit log with its sign-in (never the password itself).
        AuditFilter wrong;
        wrong.actionPrefix = u"signin.password-wrong"_s;
        const QList<AuditEntry> entries = w.hub.hub().store().audit(wrong);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().conversationId, convId);
        QCOMPARE(entries.first().requestIdentifier, requestId);
        QCOMPARE(entries.first().details.value("attempt"_L1).toInt(), 1);
        QCOMPARE(entries.first().details.value("of"_L1).toInt(), 5);
        QVERIFY(entries.first().actor.startsWith(u"customer:"_s));
        QVERIFY(!QJsonDocument(entries.first().details).toJson().contains("wrong-password"));
    }

    void failuresAnswerStatusFalseWithTheReason()
    {
        World w;
        QTRY_COMPARE_WITH_TIMEOUT(w.connection->state(), AgentConnection::State::Online, kWait);
        QString tooMany;
        const QString first = w.requestFor(u"17.4"_s, &tooMany);
        const Reply stopped = w.signInAs(
            w.hub.hub().appleSignIn().startSignIn(first).value(),
            {u"a-wrong-1"_s, u"a-wrong-2"_s, u"a-wrong-3"_s, u"a-wrong-4"_s, u"a-wrong-5"_s});
        QCOMPARE(stopped.status, 302);
        QCOMPARE(w.fetch(stopped.location).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!w.responseIn(tooMany).isEmpty(), kWait);
        QJsonObject response = w.responseIn(tooMany);
        QCOMPARE(response.value("status"_L1).toBool(), false);
        QVERIFY(!response.contains("token"_L1));
        QVERIFY(response.value("errors"_L1)
                    .toArray()
                    .first()
                    .toObject()
                    .value("message"_L1)
                    .toString()
                    .contains(u"Too many"_s));
        QCOMPARE(w.hub.hub().store().lastContentEvent(tooMany)->event.message,
                 u"Authentication failed"_s);

        QString cancelled;
        const QString second = w.requestFor(u"16.0"_s, &cancelled);
        const Reply back =
            w.signInAs(w.hub.hub().appleSignIn().startSignIn(second).value(), {QString()}, true);
        QCOMPARE(w.fetch(back.location).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!w.responseIn(cancelled).isEmpty(), kWait);
        QVERIFY(w.responseIn(cancelled)
                    .value("errors"_L1)
                    .toArray()
                    .first()
                    .toObject()
                    .value("message"_L1)
                    .toString()
                    .contains(u"cancelled"_s));
    }

    void aReasonFromTheCustomersBrowserIsOneShortLine()
    {
        // error_description reaches the hub from the customer's browser: whatever it holds, the
        // answer carries one short line (desks show it as plain text too).
        World w;
        QTRY_COMPARE_WITH_TIMEOUT(w.connection->state(), AgentConnection::State::Online, kWait);
        QString convId;
        const QString requestId = w.requestFor(u"17.4"_s, &convId);
        const QUrl authorize = w.hub.hub().appleSignIn().startSignIn(requestId).value();
        const QString state = QUrlQuery(authorize).queryItemValue(u"state"_s);
        const QString hostile =
            u"<b>\u2714 Authenticated as Daniel</b>\n\r\u202E\u0007"_s + QString(500, u'x');
        QUrl callback(w.hub.hub().baseUrl() + u"/apple/callback"_s);
        QUrlQuery q;
        q.addQueryItem(u"state"_s, state);
        q.addQueryItem(u"error"_s, u"access_denied"_s);
        q.addQueryItem(u"error_description"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(hostile)));
        callback.setQuery(q);
        QCOMPARE(w.fetch(callback).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!w.responseIn(convId).isEmpty(), kWait);
        const QString message = w.responseIn(convId)
                                    .value("errors"_L1)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value("message"_L1)
                                    .toString();
        QVERIFY2(message.size() <= 200, qPrintable(QString::number(message.size())));
        QVERIFY(message.startsWith(u"<b>\u2714 Authenticated as Daniel</b> xxx"_s));
        for (const QChar c : message)
            QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                     qPrintable(QString::number(c.unicode(), 16)));
    }

    void forgedCallbacksAndUnknownRequestsChangeNothing()
    {
        World w;
        QVERIFY(w.hub.hub()
                    .appleSignIn()
                    .startSignIn(u"no-such-request"_s)
                    .error()
                    .contains(u"No such"_s));
        const Reply forged =
            w.fetch(QUrl(w.hub.hub().baseUrl() + u"/apple/callback?code=x&state=guess"_s));
        QCOMPARE(forged.status, 400);
        QVERIFY(forged.body.contains("expired"));
    }
};

QTEST_GUILESS_MAIN(AppleSignInFlowTest)
#include "AppleSignInFlowTest.moc"
