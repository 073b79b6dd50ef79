#include "conversation/ConversationListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Signet;
using namespace Signet::Protocol;
using namespace Qt::StringLiterals;

namespace {
ConversationDetails conversation(const QString &id, const QString &osVersion = u"17.4"_s)
{
    ConversationDetails d;
    d.convId = id;
    d.participants = {{u"consumer-"_s + id, ParticipantRole::Consumer}};
    d.dialogs = {Dialog{id, u"MESSAGING"_s, ConversationState::Open}};
    d.startTs = 1763700000000;
    d.context.channel = ChannelType::AppleMessages;
    d.context.clientProperties = {u"iOS"_s, osVersion, u"MOBILE"_s, {}};
    return d;
}
} // namespace

class ConversationListModelTest : public QObject
{
    Q_OBJECT
private slots:
    void rowLevelUpdatesOnly()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(model.upsert(conversation(u"a"_s)));
        QVERIFY(model.upsert(conversation(u"b"_s, u"11.4"_s)));
        QVERIFY(!model.upsert(conversation(u"a"_s)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);

        model.setCustomerName(u"b"_s, u"Rosa Álvarez"_s);
        QCOMPARE(model.index(1).data(ConversationListModel::CustomerNameRole).toString(),
                 u"Rosa Álvarez"_s);
        QCOMPARE(model.index(1).data(ConversationListModel::SignInSupportedRole).toBool(), false);
        QVERIFY(model.index(1)
                    .data(ConversationListModel::SignInReasonRole)
                    .toString()
                    .contains(u"iOS 11.4"_s));
        QCOMPARE(model.index(0).data(ConversationListModel::SignInSupportedRole).toBool(), true);
        QCOMPARE(model.index(0).data(ConversationListModel::DeviceRole).toString(),
                 u"iPhone · iOS 17.4"_s);

        model.remove(u"a"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(u"b"_s), 0);
        QCOMPARE(resets.count(), 0);
    }

    void waitingTimeStartsWithTheCustomerAndStopsWithTheAgent()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert(conversation(u"a"_s));
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1763700001000);
        model.setLastMessage(u"a"_s, u"hello?"_s, t0, true);
        model.setLastMessage(u"a"_s, u"anyone?"_s, t0.addSecs(30), true);
        QCOMPARE(model.index(0).data(ConversationListModel::WaitingSinceRole).toDateTime(), t0);
        QCOMPARE(model.index(0).data(ConversationListModel::PreviewRole).toString(), u"anyone?"_s);
        // An older event delivered late by catch-up does not replace the preview.
        model.setLastMessage(u"a"_s, u"older"_s, t0.addSecs(-5), true);
        QCOMPARE(model.index(0).data(ConversationListModel::PreviewRole).toString(), u"anyone?"_s);
        model.setLastMessage(u"a"_s, u"On it"_s, t0.addSecs(40), false);
        QVERIFY(
            !model.index(0).data(ConversationListModel::WaitingSinceRole).toDateTime().isValid());
    }

    void ringAndUnread()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert(conversation(u"a"_s));
        model.setRing(u"a"_s, u"a_agent"_s);
        QVERIFY(model.index(0).data(ConversationListModel::RingingRole).toBool());
        model.setUnread(u"a"_s, 3);
        QCOMPARE(model.index(0).data(ConversationListModel::UnreadRole).toInt(), 3);
        ConversationDetails accepted = conversation(u"a"_s);
        accepted.participants.append({u"agent"_s, ParticipantRole::AssignedAgent});
        model.upsert(accepted);
        QVERIFY(!model.index(0).data(ConversationListModel::RingingRole).toBool());
        QCOMPARE(model.index(0).data(ConversationListModel::AssignedAgentRole).toString(),
                 u"agent"_s);
        model.setRing(u"missing"_s, u"x"_s); // unknown conversations are ignored
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(ConversationListModelTest)
#include "ConversationListModelTest.moc"
