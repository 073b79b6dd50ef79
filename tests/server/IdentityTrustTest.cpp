// "You know who you are talking to": an agent cannot make the hub record a customer as someone
// else. The hub's own check of an iOS 16+ sign-in stands whatever a desk reports; an iOS 12–15
// sign-in is recorded as verified only with the provider's signed statement about its token, and
// that statement cannot be altered, swapped or used twice; an identity that is only an agent's
// word is kept as such and opens no one's history. What the hub answered survives a restart.
#include "RawClient.h"
#include "SignInWorld.h"
#include "crypto/Jws.h"
#include "protocol/MessageTypes.h"

#include <QTest>

using namespace Signet;
using namespace Signet::Test;
using namespace Signet::Protocol;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = SignInWorld::kWait;

struct World : SignInWorld
{
    World()
    {
        Hub::CustomerAccount daniel{u"c-1002"_s,        u"daniel@example.com"_s, {},
                                    u"Daniel Okafor"_s, u"daniel@example.com"_s, {}};
        (void)hub.hub().store().upsertCustomerAccount(daniel, u"daniel-demo-pass"_s);
        // Maya's attributes as the demo's: a number among them.
        Hub::CustomerAccount maya = hub.hub().store().customerAccountBySubject(u"c-1001"_s).value();
        maya.attributes.insert("customer_since"_L1, 2019);
        (void)hub.hub().store().upsertCustomerAccount(maya, u"maya-demo-pass"_s);
        (void)hub.addUser(u"sam"_s, kPassword, u"supervisor"_s);
    }

    QString base() { return hub.hub().baseUrl(); }

    // A conversation whose customer signed in as Maya; the request's identifier.
    QString signedIn(const QString &os, const QString &consumer, QString *convId)
    {
        *convId = acceptedConversation(os, consumer);
        const QString requestId = request(*convId);
        if (requestId.isEmpty() || !customerSignsIn(requestId, {u"maya-demo-pass"_s}) ||
            !spinUntil([&] { return !responseIn(*convId).isEmpty(); }, kWait))
            return {};
        return requestId;
    }

    // What the desk reports, as a modified desk could send it.
    QJsonObject report(const QString &convId, const QString &requestId, const QString &subject,
                       const QString &name)
    {
        return {{"conversationId"_L1, convId},
                {"requestIdentifier"_L1, requestId},
                {"issuer"_L1, base()},
                {"subject"_L1, subject},
                {"name"_L1, name},
                {"expiresAt"_L1, QDateTime::currentMSecsSinceEpoch() + 3'600'000}};
    }

    // The provider's signed statement about the newest token it issued (what a desk gets from
    // introspection with Accept: application/token-introspection+jwt).
    QString proofOfNewestToken()
    {
        const QStringList tokens = hub.hub().oauth().issuedAccessTokens();
        if (tokens.isEmpty())
            return {};
        QString newest;
        qint64 newestIat = -1;
        for (const QString &t : tokens) {
            const QString jwt = introspect(t);
            const qint64 iat = Crypto::decodeJws(jwt)
                                   .value()
                                   .payload.value("token_introspection"_L1)
                                   .toObject()
                                   .value("iat"_L1)
                                   .toInteger();
            if (iat >= newestIat) {
                newestIat = iat;
                newest = jwt;
            }
        }
        return newest;
    }
    QString introspect(const QString &token)
    {
        const Hub::OAuthClient &desk =
            hub.hub().oauthClient(Hub::OAuthClient::Endpoint::Introspection);
        QNetworkRequest r(QUrl(base() + u"/oauth/introspect"_s));
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        r.setRawHeader("Accept", "application/token-introspection+jwt");
        r.setRawHeader("Authorization",
                       "Basic " + (desk.id + u':' + desk.secret).toUtf8().toBase64());
        QNetworkReply *reply = browser.post(r, "token=" + QUrl::toPercentEncoding(token));
        spinUntil([reply] { return reply->isFinished(); }, kWait);
        reply->deleteLater();
        return QString::fromLatin1(reply->readAll());
    }

    QList<Hub::AuditEntry> audited(const QString &action)
    {
        Hub::AuditFilter f;
        f.actionPrefix = action;
        return hub.hub().store().audit(f);
    }
};

QString withSubject(const QString &jwt, const QString &subject)
{
    const QStringList parts = jwt.split(u'.');
    QJsonObject payload = Crypto::decodeJws(jwt).value().payload;
    QJsonObject ti = payload.value("token_introspection"_L1).toObject();
    ti.insert("sub"_L1, subject);
    payload.insert("token_introspection"_L1, ti);
    return parts[0] + u'.' +
           QString::fromLatin1(
               QJsonDocument(payload)
                   .toJson(QJsonDocument::Compact)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
           u'.' + parts[2];
}
} // namespace

class IdentityTrustTest : public QObject
{
    Q_OBJECT
private slots:
    void theHubsOwnCheckOfAnIos16SignInStands()
    {
        World w;
        QVERIFY(w.online());
        QString convId;
        const QString requestId = w.signedIn(u"17.4"_s, u"maya-phone"_s, &convId);
        QVERIFY(!requestId.isEmpty());
        // Recorded by the hub from the provider's own answer, before any desk said anything.
        const QJsonObject recorded = w.hub.hub().store().conversation(convId)->verifiedIdentity;
        QCOMPARE(recorded.value("subject"_L1).toString(), u"c-1001"_s);
        QCOMPARE(recorded.value("name"_L1).toString(), u"Maya Chen"_s);
        QCOMPARE(recorded.value("assurance"_L1).toString(), u"hub"_s);
        const qint64 expires = recorded.value("expiresAt"_L1).toInteger();
        QVERIFY(expires > QDateTime::currentMSecsSinceEpoch() &&
                expires <= QDateTime::currentMSecsSinceEpoch() + 3'600'000);

        // The assigned agent's desk says the customer is Daniel: refused, audited, unchanged.
        RawClient ana(w.hub, u"ana"_s);
        RawAnswer forged =
            ana.request(Types::ReportVerifiedIdentity,
                        w.report(convId, requestId, u"c-1002"_s, u"Daniel Okafor"_s));
        QCOMPARE(forged.code, 409);
        QVERIFY2(forged.message().contains("disagrees"_L1), qPrintable(forged.message()));
        QCOMPARE(w.hub.hub().store().conversation(convId)->verifiedIdentity, recorded);
        QVERIFY(w.hub.hub().store().identityLinks(w.base(), u"c-1002"_s).isEmpty());
        QCOMPARE(w.audited(u"signin.report-refused"_s).size(), 1);
        QCOMPARE(w.audited(u"signin.report-refused"_s).first().details.value("subject"_L1),
                 QJsonValue(u"c-1002"_s));
        // A report that agrees confirms it.
        RawAnswer agrees = ana.request(Types::ReportVerifiedIdentity,
                                       w.report(convId, requestId, u"c-1001"_s, u"Maya Chen"_s));
        QCOMPARE(agrees.code, 200);
        QCOMPARE(agrees.body.value("assurance"_L1).toString(), u"hub"_s);
        QCOMPARE(w.audited(u"signin.confirmed"_s).size(), 1);
    }

    void anAgentsWordIsKeptAsSuchAndOpensNoHistory()
    {
        World w;
        QVERIFY(w.online());
        // Daniel's own, verified conversation of last week.
        const QString daniels = w.hub.startCustomer(u"daniel-phone"_s, u"Daniel"_s, u"Hi"_s);
        QVERIFY(w.hub.hub()
                    .recordVerifiedIdentity(
                        daniels, QJsonObject{{"issuer"_L1, w.base()},
                                             {"subject"_L1, u"c-1002"_s},
                                             {"name"_L1, u"Daniel Okafor"_s},
                                             {"assurance"_L1, "hub"_L1},
                                             {"expiresAt"_L1,
                                              QDateTime::currentMSecsSinceEpoch() + 3'600'000}})
                    .ok());
        QVERIFY(w.hub.hub().close(daniels).ok());

        // Maya signs in on iOS 15: only the desk can read her token.
        QString convId;
        const QString requestId = w.signedIn(u"15.7"_s, u"maya-phone"_s, &convId);
        QVERIFY(!requestId.isEmpty());
        QVERIFY(w.hub.hub().store().conversation(convId)->verifiedIdentity.isEmpty());
        RawClient ana(w.hub, u"ana"_s);

        // What no report may carry, each refused with its reason.
        const QJsonObject daniel = w.report(convId, requestId, u"c-1002"_s, u"Daniel Okafor"_s);
        auto refused = [&](const QString &key, const QJsonValue &value, const QString &why) {
            QJsonObject body = daniel;
            body.insert(key, value);
            const RawAnswer a = ana.request(Types::ReportVerifiedIdentity, body);
            return a.code == 400 && a.message().contains(why);
        };
        QVERIFY(refused(u"expiresAt"_s, 0, u"required"_s));
        QVERIFY(refused(u"expiresAt"_s, QDateTime::currentMSecsSinceEpoch() - 1000, u"past"_s));
        QVERIFY(refused(u"expiresAt"_s, QDateTime::currentMSecsSinceEpoch() + 30LL * 24 * 3'600'000,
                        u"24 hours"_s));
        QVERIFY(
            refused(u"claims"_s,
                    QJsonObject{{"membership_tier"_L1,
                                 "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjLTEwMDIifQ.c2lnbmF0dXJl"_L1}},
                    u"token"_s));
        QVERIFY(refused(u"name"_s, u"Daniel\u202E"_s, u"control"_s));
        QVERIFY(refused(u"accessToken"_s, u"x"_s, u"Never send the token"_s));

        // Without the provider's statement the report is the agent's word: kept, marked as
        // theirs, linked to no history.
        RawAnswer asserted = ana.request(Types::ReportVerifiedIdentity, daniel);
        QCOMPARE(asserted.code, 200);
        QCOMPARE(asserted.body.value("assurance"_L1).toString(), u"asserted"_s);
        const QJsonObject recorded = w.hub.hub().store().conversation(convId)->verifiedIdentity;
        QCOMPARE(recorded.value("assurance"_L1).toString(), u"asserted"_s);
        QCOMPARE(recorded.value("assertedBy"_L1).toString(),
                 w.hub.hub().store().agentByName(u"ana"_s)->id);
        QCOMPARE(recorded.value("assertedByName"_L1).toString(),
                 w.hub.hub().store().agentByName(u"ana"_s)->displayName);
        QVERIFY(!isCheckedIdentity(recorded));
        const QList<Hub::IdentityLink> links =
            w.hub.hub().store().identityLinks(w.base(), u"c-1002"_s);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().conversationId, daniels);
        QCOMPARE(w.audited(u"signin.asserted"_s).size(), 1);
        // Daniel's history is not read through it: not by the agent, not by a supervisor.
        for (const QString &user : {u"ana"_s, u"sam"_s}) {
            RawClient client(w.hub, user);
            RawAnswer history = client.request(Types::HistoryConversations,
                                               QJsonObject{{"conversationId"_L1, convId}});
            QCOMPARE(history.code, 409);
            QVERIFY2(history.message().contains("not checked"_L1), qPrintable(history.message()));
        }
        // Nor does Maya's own page call her Daniel.
        QUrl events = w.hub.hub().customerPageUrl(convId);
        events.setPath(events.path() + u"/events"_s);
        const SignInWorld::Reply page = w.fetch(events);
        QCOMPARE(page.status, 200);
        QCOMPARE(QJsonDocument::fromJson(page.body).object().value("signedInAs"_L1).toString(),
                 QString());
    }

    void theProvidersSignedStatementProvesAnIos15SignIn()
    {
        World w;
        QVERIFY(w.online());
        QString convId;
        const QString requestId = w.signedIn(u"15.7"_s, u"maya-phone"_s, &convId);
        QVERIFY(!requestId.isEmpty());
        const QString proof = w.proofOfNewestToken();
        QVERIFY(Crypto::decodeJws(proof).ok());
        RawClient ana(w.hub, u"ana"_s);
        auto reportWith = [&](const QString &subject, const QString &name, const QString &p) {
            QJsonObject body = w.report(convId, requestId, subject, name);
            body.insert("proof"_L1, p);
            return ana.request(Types::ReportVerifiedIdentity, body);
        };

        // Maya's statement passed off as Daniel's, or with his name: refused.
        RawAnswer a = reportWith(u"c-1002"_s, u"Daniel Okafor"_s, proof);
        QCOMPARE(a.code, 409);
        QVERIFY2(a.message().contains("names c-1001"_L1), qPrintable(a.message()));
        a = reportWith(u"c-1001"_s, u"Daniel Okafor"_s, proof);
        QCOMPARE(a.code, 409);
        QVERIFY2(a.message().contains("Maya Chen"_L1), qPrintable(a.message()));
        // The statement altered to name Daniel: its signature no longer holds.
        a = reportWith(u"c-1002"_s, QString(), withSubject(proof, u"c-1002"_s));
        QCOMPARE(a.code, 409);
        QVERIFY2(a.message().contains("signature"_L1), qPrintable(a.message()));
        QVERIFY(w.hub.hub().store().conversation(convId)->verifiedIdentity.isEmpty());

        // The statement as the provider made it: Maya, verified, in her history.
        a = reportWith(u"c-1001"_s, QString(), proof);
        QCOMPARE(a.code, 200);
        QCOMPARE(a.body.value("assurance"_L1).toString(), u"provider-signed"_s);
        const QJsonObject recorded = w.hub.hub().store().conversation(convId)->verifiedIdentity;
        QCOMPARE(recorded.value("assurance"_L1).toString(), u"provider-signed"_s);
        QCOMPARE(recorded.value("name"_L1).toString(), u"Maya Chen"_s); // from the statement
        QCOMPARE(
            recorded.value("claims"_L1).toObject(),
            (QJsonObject{{"membership_tier"_L1, "gold"_L1}, {"customer_since"_L1, "2019"_L1}}));
        QVERIFY(recorded.value("expiresAt"_L1).toInteger() > QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(w.hub.hub().store().identityLinks(w.base(), u"c-1001"_s).size(), 1);
        // Once proved, a later report of the same sign-in can only agree.
        a = ana.request(Types::ReportVerifiedIdentity,
                        w.report(convId, requestId, u"c-1002"_s, u"Daniel Okafor"_s));
        QCOMPARE(a.code, 409);

        // The same statement for another sign-in (Maya's second device): one token, one sign-in.
        QString otherConv;
        const QString other = w.signedIn(u"15.7"_s, u"maya-ipad"_s, &otherConv);
        QVERIFY(!other.isEmpty());
        QJsonObject body = w.report(otherConv, other, u"c-1001"_s, QString());
        body.insert("proof"_L1, proof);
        a = ana.request(Types::ReportVerifiedIdentity, body);
        QCOMPARE(a.code, 409);
        QVERIFY2(a.message().contains("another sign-in"_L1) ||
                     a.message().contains("not issued during this sign-in"_L1),
                 qPrintable(a.message()));
        QVERIFY(w.hub.hub().store().conversation(otherConv)->verifiedIdentity.isEmpty());
    }

    void theDesksOwnReportOfAnIos15SignInIsProved()
    {
        // The desk as it is: it decrypts, verifies at the provider, and reports with the signed
        // statement introspection gave it; the hub records Maya as proved.
        World w;
        w.bindResponses();
        QVERIFY(w.online());
        QString convId;
        const QString requestId = w.signedIn(u"15.7"_s, u"maya-phone"_s, &convId);
        QVERIFY(!requestId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(w.hub.hub()
                                      .store()
                                      .conversation(convId)
                                      ->verifiedIdentity.value("assurance"_L1)
                                      .toString(),
                                  u"provider-signed"_s, kWait);
        const QJsonObject recorded = w.hub.hub().store().conversation(convId)->verifiedIdentity;
        QCOMPARE(recorded.value("subject"_L1).toString(), u"c-1001"_s);
        QCOMPARE(recorded.value("claims"_L1).toObject().value("customer_since"_L1).toString(),
                 u"2019"_s);
        QVERIFY(w.audited(u"signin.report-refused"_s).isEmpty());
    }

    void whatTheHubAnsweredSurvivesARestart()
    {
        World w;
        QVERIFY(w.online());
        QString convId;
        const QString requestId = w.signedIn(u"17.4"_s, u"maya-phone"_s, &convId);
        QVERIFY(!requestId.isEmpty());
        QString legacyConv;
        const QString legacy = w.signedIn(u"15.7"_s, u"maya-ipad"_s, &legacyConv);
        QVERIFY(!legacy.isEmpty());
        QVERIFY(w.hub.restart());
        // Neither request can be answered a second time…
        for (const QString &id : {requestId, legacy}) {
            Result<QUrl> again = w.hub.hub().appleSignIn().startSignIn(id);
            QVERIFY(!again.ok());
            QVERIFY2(again.error().contains("already been answered"_L1), qPrintable(again.error()));
        }
        // …and the desk's report of the iOS 17 one is still recognised as answered with a token.
        RawClient ana(w.hub, u"ana"_s);
        RawAnswer confirmed = ana.request(Types::ReportVerifiedIdentity,
                                          w.report(convId, requestId, u"c-1001"_s, QString()));
        QCOMPARE(confirmed.code, 200);
        QCOMPARE(confirmed.body.value("assurance"_L1).toString(), u"hub"_s);
        QCOMPARE(w.hub.hub().store().authRequest(legacy)->signedIn, true);
    }
};

QTEST_GUILESS_MAIN(IdentityTrustTest)
#include "IdentityTrustTest.moc"
