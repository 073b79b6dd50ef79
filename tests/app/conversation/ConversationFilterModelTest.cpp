// The supervisor's live-view filters: each one alone, combined, and the ones that move with the
// clock (waiting time, expired sign-ins), over a list that keeps changing underneath. And the order
// every list is worked in (offers, then the longest waiting, then the rest, closed last), with the
// waiting-time escalation levels.
#include "conversation/ConversationFilterModel.h"
#include "conversation/ConversationListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Signet;
using namespace Signet::Protocol;
using namespace Qt::StringLiterals;
using Authentication = ConversationFilterModel::Authentication;
using Escalation = ConversationFilterModel::Escalation;

namespace {
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1763700000, Qt::UTC);

ConversationDetails conversation(const QString &id, ChannelType channel, const QString &agent,
                                 const QString &skill)
{
    ConversationDetails d;
    d.convId = id;
    d.participants = {{u"consumer-"_s + id, ParticipantRole::Consumer}};
    if (!agent.isEmpty())
        d.participants.append({agent, ParticipantRole::AssignedAgent});
    d.dialogs = {Dialog{id, u"MESSAGING"_s, ConversationState::Open}};
    d.startTs = kNow.addSecs(-3600).toMSecsSinceEpoch();
    d.skill = skill;
    d.context.channel = channel;
    return d;
}

QJsonObject identity(const QDateTime &expires)
{
    return {{"issuer"_L1, "https://idp.example"_L1},
            {"subject"_L1, "s"_L1},
            {"name"_L1, "Someone"_L1},
            {"assurance"_L1, "hub"_L1},
            {"expiresAt"_L1, expires.toMSecsSinceEpoch()}};
}

QStringList shown(const ConversationFilterModel &filter)
{
    QStringList ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids << filter.index(row, 0).data(ConversationListModel::IdRole).toString();
    ids.sort();
    return ids;
}

// The rows in the order shown.
QStringList order(const ConversationFilterModel &filter)
{
    QStringList ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids << filter.index(row, 0).data(ConversationListModel::IdRole).toString();
    return ids;
}

// maya: Apple, Ana, billing, verified for another 30 min, waiting for 6 min.
// ola: web chat, Bo, general, sign-in expired 10 min ago, answered.
// rosa: Apple, nobody yet, cards, never signed in, waiting for 2 min.
struct Floor
{
    ConversationListModel list;
    ConversationFilterModel filter;
    QDateTime now = kNow;

    Floor()
    {
        ConversationDetails maya =
            conversation(u"maya"_s, ChannelType::AppleMessages, u"ana"_s, u"billing"_s);
        maya.verifiedIdentity = identity(kNow.addSecs(1800));
        ConversationDetails ola =
            conversation(u"ola"_s, ChannelType::WebChat, u"bo"_s, u"general"_s);
        ola.verifiedIdentity = identity(kNow.addSecs(-600));
        list.upsert(maya);
        list.upsert(ola);
        list.upsert(conversation(u"rosa"_s, ChannelType::AppleMessages, QString(), u"cards"_s));
        list.setLastMessage(u"maya"_s, u"Charged twice"_s, kNow.addSecs(-360), true);
        list.setLastMessage(u"ola"_s, u"Where is it?"_s, kNow.addSecs(-900), true);
        list.setLastMessage(u"ola"_s, u"On its way"_s, kNow.addSecs(-800), false);
        list.setLastMessage(u"rosa"_s, u"Card declined"_s, kNow.addSecs(-120), true);
        filter.setSourceModel(&list);
        filter.setClock([this] { return now; });
    }
};
} // namespace

class ConversationFilterModelTest : public QObject
{
    Q_OBJECT
private slots:
    void withoutFiltersEverythingShows()
    {
        Floor f;
        QAbstractItemModelTester tester(&f.filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!f.filter.isFiltering());
        QCOMPARE(shown(f.filter), (QStringList{u"maya"_s, u"ola"_s, u"rosa"_s}));
    }

    void eachFilterAlone()
    {
        Floor f;
        f.filter.setChannel(ChannelType::WebChat);
        QVERIFY(f.filter.isFiltering());
        QCOMPARE(shown(f.filter), QStringList{u"ola"_s});
        f.filter.setChannel(ChannelType::AppleMessages);
        QCOMPARE(shown(f.filter), (QStringList{u"maya"_s, u"rosa"_s}));
        f.filter.setChannel(std::nullopt);

        f.filter.setAgent(u"ana"_s);
        QCOMPARE(shown(f.filter), QStringList{u"maya"_s});
        f.filter.setAgent(ConversationFilterModel::unassigned());
        QCOMPARE(shown(f.filter), QStringList{u"rosa"_s});
        f.filter.setAgent(QString());

        f.filter.setSkill(u"general"_s);
        QCOMPARE(shown(f.filter), QStringList{u"ola"_s});
        f.filter.setSkill(QString());

        f.filter.setMinimumWait(5 * 60);
        QCOMPARE(shown(f.filter), QStringList{u"maya"_s}); // Ola was answered; Rosa: 2 min
        f.filter.setMinimumWait(60);
        QCOMPARE(shown(f.filter), (QStringList{u"maya"_s, u"rosa"_s}));
        f.filter.setMinimumWait(0);

        f.filter.setAuthentication(Authentication::Yes);
        QCOMPARE(shown(f.filter), QStringList{u"maya"_s});
        f.filter.setAuthentication(Authentication::Expired);
        QCOMPARE(shown(f.filter), QStringList{u"ola"_s});
        f.filter.setAuthentication(Authentication::No);
        QCOMPARE(shown(f.filter), QStringList{u"rosa"_s});
        f.filter.setAuthentication(Authentication::Any);
        QVERIFY(!f.filter.isFiltering());
        QCOMPARE(f.filter.rowCount(), 3);
    }

    void filtersCombine()
    {
        Floor f;
        f.filter.setChannel(ChannelType::AppleMessages);
        f.filter.setAuthentication(Authentication::No);
        QCOMPARE(shown(f.filter), QStringList{u"rosa"_s});
        f.filter.setSkill(u"billing"_s);
        QCOMPARE(shown(f.filter), QStringList{});
    }

    void timeFiltersFollowTheClock()
    {
        Floor f;
        f.filter.setMinimumWait(5 * 60);
        f.filter.setAuthentication(Authentication::Expired);
        QCOMPARE(shown(f.filter), QStringList{}); // Maya waits, but her sign-in holds
        // 31 minutes later Maya's sign-in has expired (and Rosa has waited long, unverified).
        f.now = kNow.addSecs(31 * 60);
        QCOMPARE(shown(f.filter), QStringList{}); // not re-evaluated until the tick
        f.filter.refreshTime();
        QCOMPARE(shown(f.filter), QStringList{u"maya"_s});
    }

    void rowsArriveAndChangeUnderTheFilter()
    {
        Floor f;
        QAbstractItemModelTester tester(&f.filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.filter.setAgent(ConversationFilterModel::unassigned());
        QCOMPARE(shown(f.filter), QStringList{u"rosa"_s});
        // A new customer waits; then Ana accepts Rosa, who leaves the "waiting" view.
        f.list.upsert(conversation(u"li"_s, ChannelType::WebChat, QString(), u"general"_s));
        QCOMPARE(shown(f.filter), (QStringList{u"li"_s, u"rosa"_s}));
        f.list.upsert(conversation(u"rosa"_s, ChannelType::AppleMessages, u"ana"_s, u"cards"_s));
        QCOMPARE(shown(f.filter), QStringList{u"li"_s});
        // The customer answers Ana's sign-in request: Rosa is verified from now on.
        f.filter.setAgent(QString());
        f.filter.setAuthentication(Authentication::Yes);
        QCOMPARE(shown(f.filter), QStringList{u"maya"_s});
        f.list.setVerified(u"rosa"_s, u"Rosa Álvarez"_s, kNow.addSecs(600));
        QCOMPARE(shown(f.filter), (QStringList{u"maya"_s, u"rosa"_s}));
    }

    void theLongestWaitingComeFirst()
    {
        Floor f;
        QAbstractItemModelTester tester(&f.filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // ola was answered (not waiting): after the two waiting, maya (6 min) before rosa (2 min).
        QCOMPARE(order(f.filter), (QStringList{u"maya"_s, u"rosa"_s, u"ola"_s}));

        // rosa is offered to this agent: offers come first.
        f.list.setRing(u"rosa"_s, u"ring-1"_s);
        QCOMPARE(order(f.filter), (QStringList{u"rosa"_s, u"maya"_s, u"ola"_s}));
        f.list.setRing(u"rosa"_s, QString());

        // Maya is answered: she stops waiting and joins the others, newest activity first.
        f.list.setLastMessage(u"maya"_s, u"Refunded"_s, kNow.addSecs(-10), false);
        QCOMPARE(order(f.filter), (QStringList{u"rosa"_s, u"maya"_s, u"ola"_s}));
        // Ola writes again: she waits now, and is the only one waiting.
        f.list.setLastMessage(u"ola"_s, u"Still not here"_s, kNow.addSecs(-5), true);
        QCOMPARE(order(f.filter), (QStringList{u"rosa"_s, u"ola"_s, u"maya"_s}));

        // A closed conversation goes to the bottom, waiting or not.
        ConversationDetails closed =
            conversation(u"rosa"_s, ChannelType::AppleMessages, QString(), u"cards"_s);
        closed.state = ConversationState::Closed;
        f.list.upsert(closed);
        QCOMPARE(order(f.filter), (QStringList{u"ola"_s, u"maya"_s, u"rosa"_s}));

        // A new customer who has waited only seconds comes after the longer waits.
        f.list.upsert(conversation(u"noor"_s, ChannelType::WebChat, QString(), u"general"_s));
        f.list.setLastMessage(u"noor"_s, u"Hi"_s, kNow.addSecs(-2), true);
        QCOMPARE(order(f.filter), (QStringList{u"ola"_s, u"noor"_s, u"maya"_s, u"rosa"_s}));
    }

    void escalationFollowsThePolicyAndTheClock()
    {
        ConversationFilterModel::EscalationPolicy policy;
        policy.warningAfterSeconds = 60;
        policy.urgentAfterSeconds = 180;
        QCOMPARE(policy.at(QDateTime(), kNow), Escalation::None);
        QCOMPARE(policy.at(kNow.addSecs(-59), kNow), Escalation::None);
        QCOMPARE(policy.at(kNow.addSecs(-60), kNow), Escalation::Warning);
        QCOMPARE(policy.at(kNow.addSecs(-179), kNow), Escalation::Warning);
        QCOMPARE(policy.at(kNow.addSecs(-180), kNow), Escalation::Urgent);
        QCOMPARE(policy.at(kNow.addSecs(30), kNow), Escalation::None); // a clock ahead of ours

        Floor f;
        f.filter.setEscalationPolicy(policy);
        auto levelOf = [&](const QString &id) {
            for (int row = 0; row < f.filter.rowCount(); ++row) {
                const QModelIndex index = f.filter.index(row, 0);
                if (index.data(ConversationListModel::IdRole).toString() == id)
                    return f.filter.escalation(index);
            }
            return Escalation::None;
        };
        QCOMPARE(levelOf(u"maya"_s), Escalation::Urgent);  // 6 min
        QCOMPARE(levelOf(u"rosa"_s), Escalation::Warning); // 2 min
        QCOMPARE(levelOf(u"ola"_s), Escalation::None);     // answered
        f.now = kNow.addSecs(60);
        QCOMPARE(levelOf(u"rosa"_s), Escalation::Urgent);
        ConversationDetails closed =
            conversation(u"maya"_s, ChannelType::AppleMessages, u"ana"_s, u"billing"_s);
        closed.state = ConversationState::Closed;
        f.list.upsert(closed);
        QCOMPARE(levelOf(u"maya"_s), Escalation::None);
    }
};

QTEST_GUILESS_MAIN(ConversationFilterModelTest)
#include "ConversationFilterModelTest.moc"
