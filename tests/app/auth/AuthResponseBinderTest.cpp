// The desk binds metadata.connectorAuthResponse: through the real hub, provider and Apple's side,
// an answer is decrypted with the keychain key and verified; everything that should not be
// trusted is refused, audited and shown — never silently dropped.
#include "auth/AuthResponseBinder.h"
#include "SignInWorld.h"
#include "crypto/AppleTokenCipher.h"
#include "protocol/MessageTypes.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Signet;
using namespace Signet::Auth;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = AuthTracker::State;

namespace {
constexpr int kWait = SignInWorld::kWait;

class World : public SignInWorld
{
public:
    World() { bindResponses(); }

    QByteArray audit() const
    {
        QFile f(auditPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

} // namespace

namespace {
QList<Hub::AuditEntry> hubActions(SignInWorld &w, const QString &prefix)
{
    Hub::AuditFilter filter;
    filter.actionPrefix = prefix;
    return w.hub.hub().store().audit(filter);
}
} // namespace

class AuthResponseBinderTest : public QObject
{
    Q_OBJECT
private slots:
    void ios17AndIos15CustomersAreVerified()
    {
        World w;
        QVERIFY(w.online());
        QSignalSpy verified(w.binder.get(), &AuthResponseBinder::verified);
        for (const QString &os : {u"17.4"_s, u"15.7"_s}) {
            const QString convId = w.acceptedConversation(os, u"c-"_s + os);
            const QString requestId = w.request(convId);
            QVERIFY(!requestId.isEmpty());
            // iOS 15 mistypes once, as customers do.
            const QStringList passwords = os.startsWith(u"15"_s)
                                              ? QStringList{u"wrong-pass"_s, u"maya-demo-pass"_s}
                                              : QStringList{u"maya-demo-pass"_s};
            QVERIFY(w.customerSignsIn(requestId, passwords));
            QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(requestId)->state, State::Succeeded, kWait);
            const VerifiedIdentity who = w.tracker.request(requestId)->identity;
            QCOMPARE(who.subject, u"c-1001"_s);
            QCOMPARE(who.name, u"Maya Chen"_s);
            QCOMPARE(who.email, u"maya@example.com"_s);
            QCOMPARE(who.issuer, w.hub.hub().baseUrl());
            QCOMPARE(who.claims.value("membership_tier"_L1).toString(), u"gold"_s);
            // Until when: from introspection, an hour from now.
            QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(who.expiresAt) - 3600) < 30);
            // The request's key is gone once answered.
            QTRY_VERIFY_WITH_TIMEOUT(!w.secrets.items().contains(KeyRing::entryName(requestId)),
                                     kWait);
            QCOMPARE(w.binder->responses(convId).size(), 1);
        }
        QCOMPARE(verified.count(), 2);
        QVERIFY(w.audit().contains("\"outcome\":\"verified\""));

        // The hub's append-only audit log has each step of both sign-ins, in order, chained:
        // for iOS 17 the hub verifies the customer itself before it answers, and the desk's
        // report confirms it; for iOS 15 the desk's report carries the provider's signed
        // statement, which the hub checks. Daniel (iOS 15) mistypes his password once.
        QTRY_COMPARE_WITH_TIMEOUT(hubActions(w, u"signin.verified"_s).size(), 2, kWait);
        Hub::AuditFilter signIns;
        signIns.actionPrefix = u"signin."_s;
        QStringList actions;
        for (const Hub::AuditEntry &e : w.hub.hub().store().audit(signIns))
            actions << e.action;
        QCOMPARE(actions,
                 (QStringList{u"signin.requested"_s, u"signin.started"_s, u"signin.verified"_s,
                              u"signin.answered"_s, u"signin.confirmed"_s, u"signin.requested"_s,
                              u"signin.started"_s, u"signin.password-wrong"_s, u"signin.answered"_s,
                              u"signin.verified"_s}));
        const QList<Hub::AuditEntry> verifiedEntries = hubActions(w, u"signin.verified"_s);
        QCOMPARE(verifiedEntries.first().actor, u"hub"_s);
        QCOMPARE(verifiedEntries.first().details.value("assurance"_L1).toString(), u"hub"_s);
        QCOMPARE(verifiedEntries.last().actor, w.hub.hub().store().agentByName(u"ana"_s)->id);
        QCOMPARE(verifiedEntries.last().details.value("assurance"_L1).toString(),
                 u"provider-signed"_s);
        const Hub::AuditEntry requested = hubActions(w, u"signin.requested"_s).first();
        QCOMPARE(requested.actor, w.hub.hub().store().agentByName(u"ana"_s)->id);
        QCOMPARE(requested.details.value("style"_L1).toString(), u"icon"_s); // acmeDraft()
        const Hub::AuditEntry started = hubActions(w, u"signin.started"_s).last();
        QCOMPARE(started.details.value("generation"_L1).toString(), u"iOS 12-15 (legacy)"_s);
        QVERIFY(started.actor.startsWith(u"customer:"_s));
        QCOMPARE(hubActions(w, u"signin.answered"_s).first().details.value("status"_L1).toBool(),
                 true);
        const Hub::AuditEntry verifiedEntry = hubActions(w, u"signin.verified"_s).first();
        QCOMPARE(verifiedEntry.details.value("subject"_L1).toString(), u"c-1001"_s);
        QVERIFY(verifiedEntry.details.value("expiresAt"_L1).toInteger() > 0);
        QVERIFY(w.hub.hub().store().verifyAudit().ok());
    }

    void theHubRecordsTheIdentityAndEveryoneWatchingSeesIt()
    {
        World w;
        QVERIFY(w.hub.addUser(u"sam"_s, kPassword, u"supervisor"_s));
        auto supervisorConnection = w.hub.connect(u"sam"_s, kPassword);
        DeskSession supervisor(supervisorConnection.get());
        QVERIFY(w.online());
        const QString convId = w.acceptedConversation(u"17.4"_s, u"c-r"_s);
        const QString requestId = w.request(convId);
        QVERIFY(w.customerSignsIn(requestId, {u"maya-demo-pass"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(requestId)->state, State::Succeeded, kWait);

        // Recorded by the hub: the identity, never the token.
        QTRY_VERIFY_WITH_TIMEOUT(
            !w.hub.hub().store().conversation(convId)->verifiedIdentity.isEmpty(), kWait);
        const QJsonObject recorded = w.hub.hub().store().conversation(convId)->verifiedIdentity;
        QCOMPARE(recorded.value("subject"_L1).toString(), u"c-1001"_s);
        QCOMPARE(recorded.value("issuer"_L1).toString(), w.hub.hub().baseUrl());
        QCOMPARE(recorded.value("requestIdentifier"_L1).toString(), requestId);
        QVERIFY(!recorded.contains("token"_L1));
        QVERIFY(recorded.value("expiresAt"_L1).toInteger() > QDateTime::currentMSecsSinceEpoch());
        // The supervisor's desk shows who the customer is.
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.conversations()
                                      ->index(supervisor.conversations()->rowOf(convId))
                                      .data(ConversationListModel::VerifiedNameRole)
                                      .toString(),
                                  u"Maya Chen"_s, kWait);

        // The hub checks what it is told.
        auto report = [&](QJsonObject body) {
            return await<Envelope>([&](auto done) {
                w.connection->request(Types::ReportVerifiedIdentity, body, w.verifier.get(),
                                      [done](const Result<Envelope> &r) { done(r); });
            });
        };
        const QJsonObject base{{"conversationId"_L1, convId},
                               {"requestIdentifier"_L1, requestId},
                               {"issuer"_L1, u"https://elsewhere.example"_s},
                               {"subject"_L1, u"someone"_s}};
        QJsonObject withToken = base;
        withToken.insert("token"_L1, u"secret"_s);
        QVERIFY(report(withToken).error().contains(u"Never send the token"_s));
        const QString unanswered = w.request(convId);
        QJsonObject early = base;
        early.insert("requestIdentifier"_L1, unanswered);
        QVERIFY(report(early).error().contains(u"not answered with a token"_s));
        QJsonObject elsewhere = base;
        elsewhere.insert("conversationId"_L1, w.acceptedConversation(u"17.4"_s, u"c-r2"_s));
        QVERIFY(
            report(elsewhere).error().contains(u"No such sign-in request in this conversation"_s));
    }

    void failedSignInShowsTheReason()
    {
        World w;
        QVERIFY(w.online());
        const QString convId = w.acceptedConversation(u"17.4"_s, u"c-f"_s);
        const QString requestId = w.request(convId);
        QVERIFY(w.customerSignsIn(requestId, {u"w-1"_s, u"w-2"_s, u"w-3"_s, u"w-4"_s, u"w-5"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(requestId)->state, State::Failed, kWait);
        QVERIFY(
            w.tracker.request(requestId)->reason.startsWith(u"Authentication failed: Too many"_s));
    }

    void refusalsAreAuditedAndShown()
    {
        World w;
        QVERIFY(w.online());
        QSignalSpy refused(w.binder.get(), &AuthResponseBinder::refused);
        const QString convA = w.acceptedConversation(u"17.4"_s, u"c-a"_s);
        const QString convB = w.acceptedConversation(u"17.4"_s, u"c-b"_s);
        const QString requestId = w.request(convA);
        QVERIFY(w.customerSignsIn(requestId, {u"maya-demo-pass"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(requestId)->state, State::Succeeded, kWait);
        const QJsonObject genuine = w.responseIn(convA);

        // Replay: the same answer again.
        w.consumerAnswers(convA, genuine);
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, kWait);
        QVERIFY(refused.last().at(1).toString().contains(u"replay"_s));
        QCOMPARE(w.tracker.request(requestId)->state, State::Succeeded);
        // An identifier this desk never sent.
        w.consumerAnswers(convB, authAnswer(u"never-sent"_s, genuine.value("token"_L1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 2, kWait);
        QVERIFY(refused.last().at(1).toString().contains(u"unknown"_s));
        // An answer to conversation A's new request, arriving in conversation B.
        const QString second = w.request(convA);
        w.consumerAnswers(convB, authAnswer(second, genuine.value("token"_L1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 3, kWait);
        QVERIFY(refused.last().at(1).toString().contains(u"another conversation"_s));
        QCOMPARE(refused.last().at(0).toString(), convB);
        QCOMPARE(w.tracker.request(second)->state, State::Sent);
        // After cancellation.
        w.signIn->cancel(second);
        w.consumerAnswers(convA, authAnswer(second, genuine.value("token"_L1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 4, kWait);
        QVERIFY(refused.last().at(1).toString().contains(u"cancelled"_s));

        const QByteArray audit = w.audit();
        QCOMPARE(audit.count("\"outcome\":\"refused\""), 4);
        QVERIFY(!audit.contains(genuine.value("token"_L1).toString().toLatin1()));
        // The hub's audit log hears of every refusal, with the reason the agent saw.
        QTRY_COMPARE_WITH_TIMEOUT(hubActions(w, u"signin.refused"_s).size(), 4, kWait);
        QVERIFY(hubActions(w, u"signin.refused"_s)
                    .first()
                    .details.value("reason"_L1)
                    .toString()
                    .contains(u"replay"_s));
        for (const Hub::AuditEntry &e : hubActions(w, u"signin."_s))
            QVERIFY(!e.details.contains("token"_L1));
    }

    void theSameAnswerSeenAgainAfterARestartIsNotAReplay()
    {
        World w;
        QVERIFY(w.online());
        const QString convId = w.acceptedConversation(u"17.4"_s, u"c-a"_s);
        const QString requestId = w.request(convId);
        QVERIFY(w.customerSignsIn(requestId, {u"maya-demo-pass"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(requestId)->state, State::Succeeded, kWait);
        QVERIFY(w.tracker.request(requestId)->answerSequence >= 0);

        // The desk restarts: a new session catches the conversation up from the start, the
        // answer included, with the saved request states.
        w.binder.reset();
        w.signIn.reset();
        w.session.reset();
        w.connection = w.hub.connect(u"ana"_s, kPassword);
        w.session = std::make_unique<DeskSession>(w.connection.get());
        AuthTracker reloaded(w.dir.filePath(u"auth.json"_s));
        QVERIFY(reloaded.load().ok());
        QCOMPARE(reloaded.request(requestId)->answerSequence,
                 w.tracker.request(requestId)->answerSequence);
        AuthResponseBinder binder(w.session.get(), &w.keyRing, &reloaded, w.verifier.get(),
                                  w.auditPath);
        QSignalSpy refused(&binder, &AuthResponseBinder::refused);
        QSignalSpy applied(w.session.get(), &DeskSession::eventApplied);
        QTRY_VERIFY_WITH_TIMEOUT(w.session->messages(convId) &&
                                     w.session->messages(convId)->highestSequence() >=
                                         reloaded.request(requestId)->answerSequence,
                                 kWait);
        QVERIFY(applied.count() > 0);
        QTest::qWait(100);
        QCOMPARE(refused.count(), 0);
        QCOMPARE(reloaded.request(requestId)->state, State::Succeeded);
        QVERIFY(hubActions(w, u"signin.refused"_s).isEmpty());

        // A second, different answer to the same request is still a replay.
        w.consumerAnswers(convId, w.responseIn(convId));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, kWait);
        QVERIFY(refused.last().at(1).toString().contains(u"replay"_s));
    }

    void aSupervisorWatchingDoesNotRefuseOtherDesksAnswers()
    {
        World w;
        QVERIFY(w.online());
        // A conversation this desk sees but does not handle (waiting; a supervisor sees them all).
        const QString convId = w.hub.startCustomer(u"c-17"_s, u"Maya"_s, u"Hi"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.session->conversations()->item(convId) != nullptr, kWait);
        QVERIFY(!w.session->isAssignedToMe(convId));
        QSignalSpy refused(w.binder.get(), &AuthResponseBinder::refused);
        QSignalSpy applied(w.session.get(), &DeskSession::eventApplied);
        w.consumerAnswers(convId, authAnswer(u"someone-elses-request"_s, u"AAAA"_s));
        QTRY_VERIFY_WITH_TIMEOUT(applied.count() >= 1, kWait); // this desk did see the answer
        QCOMPARE(refused.count(), 0);
        QVERIFY(hubActions(w, u"signin.refused"_s).isEmpty());
    }

    void anAnswerAfterExpiryIsRefused()
    {
        World w;
        w.tracker.setExpiry(1s);
        QVERIFY(w.online());
        QSignalSpy refused(w.binder.get(), &AuthResponseBinder::refused);
        const QString convId = w.acceptedConversation(u"17.4"_s, u"c-e"_s);
        const QString requestId = w.request(convId);
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(requestId)->state, State::Expired, kWait);
        QVERIFY(!w.secrets.items().contains(KeyRing::entryName(requestId))); // its key went with it
        QVERIFY(w.customerSignsIn(requestId, {u"maya-demo-pass"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, kWait);
        QVERIFY(refused.last().at(1).toString().contains(u"expired"_s));
    }

    void tamperedAndRejectedTokensFailWithTheirReason()
    {
        World w;
        QVERIFY(w.online());
        const QString convId = w.acceptedConversation(u"17.4"_s, u"c-t"_s);
        // Tampered: one byte of a token made for the request's key flipped.
        const QString first = w.request(convId);
        const QString key = w.keyRing.key(first)->publicKey;
        QByteArray raw =
            QByteArray::fromBase64(Crypto::AppleTokenCipher::encrypt(key, "whatever").value());
        raw[raw.size() - 5] = static_cast<char>(raw[raw.size() - 5] ^ 0x20);
        w.consumerAnswers(convId, authAnswer(first, QString::fromLatin1(raw.toBase64())));
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(first)->state, State::Failed, kWait);
        QVERIFY(w.tracker.request(first)->reason.startsWith(u"Response could not be verified"_s));
        QVERIFY(w.tracker.request(first)->reason.contains(u"tampered"_s));
        // Well encrypted, but not a token the provider issued.
        const QString second = w.request(convId);
        const QString token = QString::fromLatin1(
            Crypto::AppleTokenCipher::encrypt(w.keyRing.key(second)->publicKey, "forged-token")
                .value());
        w.consumerAnswers(convId, authAnswer(second, token));
        QTRY_COMPARE_WITH_TIMEOUT(w.tracker.request(second)->state, State::Failed, kWait);
        QVERIFY2(w.tracker.request(second)->reason.startsWith(
                     u"Token rejected by provider: it does not know this token"_s),
                 qPrintable(w.tracker.request(second)->reason));
    }
};

QTEST_GUILESS_MAIN(AuthResponseBinderTest)
#include "AuthResponseBinderTest.moc"
