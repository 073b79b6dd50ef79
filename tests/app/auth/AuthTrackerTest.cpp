#include "auth/AuthTracker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Signet;
using namespace Signet::Auth;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = AuthTracker::State;

namespace {
AuthRequestDraft draft()
{
    AuthRequestDraft d;
    d.received = {u"Sign in to Acme"_s, QString(), QString(), BubbleStyle::Small};
    d.reply = {u"Signed in"_s, QString(), QString(), BubbleStyle::Small};
    return d;
}
} // namespace

class AuthTrackerTest : public QObject
{
    Q_OBJECT
private slots:
    void lifecycle()
    {
        QTemporaryDir dir;
        AuthTracker tracker(dir.filePath(u"auth.json"_s));
        QSignalSpy ended(&tracker, &AuthTracker::ended);
        tracker.create(u"r1"_s, u"c1"_s, draft());
        QCOMPARE(tracker.request(u"r1"_s)->state, State::Sending);
        QCOMPARE(tracker.pending(u"c1"_s)->requestId, u"r1"_s);
        tracker.markSent(u"r1"_s);
        QCOMPARE(tracker.request(u"r1"_s)->state, State::Sent);
        QVERIFY(tracker.request(u"r1"_s)->sent.isValid());
        VerifiedIdentity maya;
        maya.subject = u"c-1001"_s;
        maya.name = u"Maya Chen"_s;
        tracker.markSucceeded(u"r1"_s, maya);
        QCOMPARE(tracker.request(u"r1"_s)->identity.name, u"Maya Chen"_s);
        QCOMPARE(tracker.request(u"r1"_s)->state, State::Succeeded);
        QCOMPARE(ended.count(), 1);
        // Final states are final.
        tracker.cancel(u"r1"_s);
        tracker.markFailed(u"r1"_s, u"late"_s);
        QCOMPARE(tracker.request(u"r1"_s)->state, State::Succeeded);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!tracker.pending(u"c1"_s));
        QCOMPARE(tracker.latest(u"c1"_s)->requestId, u"r1"_s);

        tracker.create(u"r2"_s, u"c1"_s, draft());
        tracker.markFailed(u"r2"_s, u"Not connected to the server."_s);
        QCOMPARE(tracker.request(u"r2"_s)->reason, u"Not connected to the server."_s);
        tracker.create(u"r3"_s, u"c1"_s, draft());
        tracker.cancel(u"r3"_s);
        QCOMPARE(tracker.latest(u"c1"_s)->state, State::Cancelled);
        QCOMPARE(ended.count(), 3);
    }

    void expiresWithoutAnAnswer()
    {
        QTemporaryDir dir;
        AuthTracker tracker(dir.filePath(u"auth.json"_s));
        tracker.setExpiry(1s);
        QSignalSpy ended(&tracker, &AuthTracker::ended);
        tracker.create(u"r1"_s, u"c1"_s, draft());
        tracker.markSent(u"r1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tracker.request(u"r1"_s)->state, State::Expired, 5000);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().first().toString(), u"r1"_s);
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/auth.json"_s);
        QDateTime clock = QDateTime::currentDateTimeUtc();
        {
            AuthTracker tracker(path);
            tracker.setClock([&clock] { return clock; });
            tracker.create(u"sent"_s, u"c1"_s, draft());
            tracker.markSent(u"sent"_s);
            tracker.create(u"sending"_s, u"c2"_s, draft());
            tracker.create(u"done"_s, u"c3"_s, draft());
            tracker.markSent(u"done"_s);
            VerifiedIdentity who;
            who.issuer = u"https://id.acme.example"_s;
            who.subject = u"c-1001"_s;
            who.claims = QJsonObject{{"membership_tier"_L1, "gold"_L1}};
            who.expiresAt = clock.addSecs(3600);
            tracker.markSucceeded(u"done"_s, who);
        }
        {
            AuthTracker tracker(path);
            tracker.setClock([&clock] { return clock; });
            QVERIFY(tracker.load().ok());
            QCOMPARE(tracker.request(u"sent"_s)->state, State::Sent);
            QCOMPARE(tracker.request(u"sent"_s)->draft.received.title, u"Sign in to Acme"_s);
            QCOMPARE(tracker.request(u"sent"_s)->draft.received.style, BubbleStyle::Small);
            // Still sending: it may wait in the desk's outbox (SignInService settles it).
            QCOMPARE(tracker.request(u"sending"_s)->state, State::Sending);
            QCOMPARE(tracker.sendingRequests(), QStringList{u"sending"_s});
            QCOMPARE(tracker.request(u"done"_s)->state, State::Succeeded);
            const VerifiedIdentity who = tracker.request(u"done"_s)->identity;
            QCOMPARE(who.subject, u"c-1001"_s);
            QCOMPARE(who.issuer, u"https://id.acme.example"_s);
            QCOMPARE(who.claims.value("membership_tier"_L1).toString(), u"gold"_s);
            QCOMPARE(who.expiresAt, clock.addSecs(3600));
        }
        // Eleven minutes later the waiting one has expired, and so has the one never sent.
        clock = clock.addSecs(11 * 60);
        AuthTracker tracker(path);
        tracker.setClock([&clock] { return clock; });
        QSignalSpy ended(&tracker, &AuthTracker::ended);
        QVERIFY(tracker.load().ok());
        QCOMPARE(tracker.request(u"sent"_s)->state, State::Expired);
        QCOMPARE(tracker.request(u"sending"_s)->state, State::Expired);
        QCOMPARE(ended.count(), 2);
    }

    void aDamagedFileIsReported()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"auth.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{broken");
        file.close();
        AuthTracker tracker(dir.filePath(u"auth.json"_s));
        QVERIFY(tracker.load().error().contains(u"damaged"_s));
    }
};

QTEST_GUILESS_MAIN(AuthTrackerTest)
#include "AuthTrackerTest.moc"
