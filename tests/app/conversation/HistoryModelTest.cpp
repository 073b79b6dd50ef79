// The History tab's model under QAbstractItemModelTester: newest first whatever the hub's order,
// the live conversation left out, every role.
#include "conversation/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace Signet;
using namespace Signet::Protocol;
using namespace Qt::StringLiterals;

namespace {
HistoryEntry entry(const QString &id, qint64 startTs, ChannelType channel, bool verified)
{
    HistoryEntry e;
    e.conversationId = id;
    e.startTs = startTs;
    e.endTs = startTs + 60000;
    e.channel = channel;
    e.verified = verified;
    e.agentName = u"Jordan Lee"_s;
    e.messageCount = 3;
    e.lastText = u"Thanks!"_s;
    return e;
}
} // namespace

class HistoryModelTest : public QObject
{
    Q_OBJECT
private slots:
    void newestFirstWithoutTheLiveConversation()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory({entry(u"old"_s, 1000, ChannelType::AppleMessages, false),
                          entry(u"live"_s, 9000, ChannelType::AppleMessages, true),
                          entry(u"web"_s, 5000, ChannelType::WebChat, true)},
                         u"live"_s);
        QCOMPARE(model.rowCount(), 2);
        const auto at = [&](int row, int role) { return model.index(row, 0).data(role); };
        QCOMPARE(at(0, HistoryModel::IdRole).toString(), u"web"_s);
        QCOMPARE(at(1, HistoryModel::IdRole).toString(), u"old"_s);
        QCOMPARE(at(0, HistoryModel::ChannelNameRole).toString(), u"Web chat"_s);
        QCOMPARE(at(0, Qt::DisplayRole).toString(), u"Web chat"_s);
        QCOMPARE(at(1, HistoryModel::ChannelRole).toInt(), int(ChannelType::AppleMessages));
        QCOMPARE(at(0, HistoryModel::StartedRole).toDateTime(),
                 QDateTime::fromMSecsSinceEpoch(5000, Qt::UTC));
        QCOMPARE(at(0, HistoryModel::EndedRole).toDateTime(),
                 QDateTime::fromMSecsSinceEpoch(65000, Qt::UTC));
        QCOMPARE(at(0, HistoryModel::VerifiedRole).toBool(), true);
        QCOMPARE(at(1, HistoryModel::VerifiedRole).toBool(), false);
        QCOMPARE(at(0, HistoryModel::AgentNameRole).toString(), u"Jordan Lee"_s);
        QCOMPARE(at(0, HistoryModel::MessageCountRole).toInt(), 3);
        QCOMPARE(at(0, HistoryModel::LastTextRole).toString(), u"Thanks!"_s);
        QVERIFY(model.entry(u"web"_s) != nullptr);
        QVERIFY(model.entry(u"live"_s) == nullptr);
        QVERIFY(model.roleNames().values().contains("verified"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(HistoryModelTest)
#include "HistoryModelTest.moc"
