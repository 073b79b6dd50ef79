#include "conversation/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Signet;
using namespace Signet::Protocol;
using namespace Qt::StringLiterals;

namespace {
MessagingEvent text(qint64 sequence, const QString &message,
                    ParticipantRole role = ParticipantRole::Consumer,
                    const QString &originator = u"u-1"_s)
{
    MessagingEvent e;
    e.sequence = sequence;
    e.conversationId = u"c"_s;
    e.dialogId = u"c"_s;
    e.originatorId = originator;
    e.originatorRole = role;
    e.serverTimestamp = 1763700000000 + sequence * 1000;
    e.event.message = message;
    return e;
}

MessagingEvent status(qint64 sequence, const QString &value, QList<qint64> sequences)
{
    MessagingEvent e = text(sequence, QString());
    e.event.type = Event::Type::AcceptStatus;
    e.event.status = value;
    e.event.sequenceList = std::move(sequences);
    return e;
}

QStringList texts(const MessageListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.messageAt(row).text;
    return out;
}
} // namespace

class MessageListModelTest : public QObject
{
    Q_OBJECT
private slots:
    void ordersBySequenceAndDropsDuplicates()
    {
        MessageListModel model(u"c"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.apply(text(0, u"a"_s)));
        QVERIFY(model.apply(text(2, u"c"_s)));
        QCOMPARE(model.contiguousSequence(), 0); // 1 is missing
        QCOMPARE(model.highestSequence(), 2);
        QVERIFY(model.apply(text(1, u"b"_s)));
        QCOMPARE(model.contiguousSequence(), 2);
        QVERIFY(!model.apply(text(1, u"b"_s)));
        QVERIFY(!model.apply(text(2, u"c"_s)));
        QCOMPARE(texts(model), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(resets.count(), 0);
    }

    void statusEventsAdvanceWithoutRowsAndMarkDelivery()
    {
        MessageListModel model(u"c"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.apply(text(0, u"hi"_s)));
        QVERIFY(model.apply(text(1, u"hello"_s, ParticipantRole::AssignedAgent, u"agent"_s)));
        QVERIFY(model.apply(status(2, u"ACCEPT"_s, {1})));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.messageAt(1).delivery, MessageListModel::Delivery::Delivered);
        QVERIFY(model.apply(status(3, u"READ"_s, {1})));
        QCOMPARE(model.messageAt(1).delivery, MessageListModel::Delivery::Read);
        // An older ACCEPT arriving late never downgrades READ.
        QVERIFY(!model.apply(status(2, u"ACCEPT"_s, {1})));
        QCOMPARE(model.messageAt(1).delivery, MessageListModel::Delivery::Read);
        QCOMPARE(model.contiguousSequence(), 3);
    }

    void pendingMessageIsConfirmedOnceWhicheverArrivesFirst()
    {
        // Response first, then the echo.
        MessageListModel a(u"c"_s);
        QAbstractItemModelTester testerA(&a,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(a.apply(text(0, u"hi"_s)));
        a.addPending(u"L1"_s, u"agent"_s, u"hello"_s, QDateTime::currentDateTime());
        QCOMPARE(a.messageAt(1).delivery, MessageListModel::Delivery::Pending);
        a.confirmPending(u"L1"_s, 1);
        QVERIFY(!a.apply(text(1, u"hello"_s, ParticipantRole::AssignedAgent, u"agent"_s)));
        QCOMPARE(texts(a), (QStringList{u"hi"_s, u"hello"_s}));
        QCOMPARE(a.messageAt(1).sequence, 1);

        // Echo first, then the response.
        MessageListModel b(u"c"_s);
        QAbstractItemModelTester testerB(&b,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(b.apply(text(0, u"hi"_s)));
        b.addPending(u"L1"_s, u"agent"_s, u"hello"_s, QDateTime::currentDateTime());
        QVERIFY(b.apply(text(1, u"hello"_s, ParticipantRole::AssignedAgent, u"agent"_s)));
        b.confirmPending(u"L1"_s, 1);
        QCOMPARE(texts(b), (QStringList{u"hi"_s, u"hello"_s}));
        QCOMPARE(b.messageAt(1).delivery, MessageListModel::Delivery::Sent);
    }

    void confirmedMessageMovesBeforeLaterPendingAndAfterEarlierEvents()
    {
        MessageListModel model(u"c"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addPending(u"L1"_s, u"agent"_s, u"first"_s, QDateTime::currentDateTime());
        model.addPending(u"L2"_s, u"agent"_s, u"second"_s, QDateTime::currentDateTime());
        QVERIFY(model.apply(text(0, u"customer"_s)));
        model.confirmPending(u"L2"_s, 1);
        QCOMPARE(texts(model), (QStringList{u"customer"_s, u"second"_s, u"first"_s}));
        model.failPending(u"L1"_s, u"Not sent: offline"_s);
        QCOMPARE(model.messageAt(2).delivery, MessageListModel::Delivery::Failed);
        QCOMPARE(model.messageAt(2).error, u"Not sent: offline"_s);
        // The conversation goes on below a failed message, which stays where it was typed.
        QVERIFY(model.apply(text(2, u"later"_s)));
        model.addPending(u"L3"_s, u"agent"_s, u"third"_s, QDateTime::currentDateTime());
        QVERIFY(model.apply(text(3, u"even later"_s)));
        QCOMPARE(texts(model), (QStringList{u"customer"_s, u"second"_s, u"first"_s, u"later"_s,
                                            u"even later"_s, u"third"_s}));
        model.confirmPending(u"L3"_s, 4);
        QCOMPARE(model.messageAt(5).sequence, 4);
        // A late event from before the failed message sorts above it.
        MessageListModel late(u"c"_s);
        QAbstractItemModelTester lateTester(&late,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(late.apply(text(1, u"one"_s)));
        late.addPending(u"F"_s, u"agent"_s, u"failed"_s, QDateTime::currentDateTime());
        late.failPending(u"F"_s, u"Not sent"_s);
        QVERIFY(late.apply(text(0, u"zero"_s)));
        QVERIFY(late.apply(text(2, u"two"_s)));
        QCOMPARE(texts(late), (QStringList{u"zero"_s, u"one"_s, u"failed"_s, u"two"_s}));
    }

    void unreadCountsOnlyCustomerMessagesAfterTheReadMark()
    {
        MessageListModel model(u"c"_s);
        QSignalSpy arrived(&model, &MessageListModel::customerMessageArrived);
        QVERIFY(model.apply(text(0, u"one"_s)));
        QVERIFY(model.apply(text(1, u"reply"_s, ParticipantRole::AssignedAgent, u"agent"_s)));
        QVERIFY(model.apply(text(2, u"two"_s)));
        QCOMPARE(model.unreadFromCustomer(), 2);
        QCOMPARE(model.unreadCustomerSequences(), (QList<qint64>{0, 2}));
        model.markCustomerMessagesRead();
        QCOMPARE(model.unreadFromCustomer(), 0);
        QVERIFY(model.apply(text(3, u"three"_s)));
        QCOMPARE(model.unreadFromCustomer(), 1);
        QCOMPARE(arrived.count(), 3);

        // Pending and failed rows (no sequence) neither count nor end the count; a gap filled
        // below the read mark stays read.
        model.addPending(u"P"_s, u"agent"_s, u"typing away"_s, QDateTime::currentDateTime());
        QVERIFY(model.apply(text(5, u"five"_s)));
        model.addPending(u"Q"_s, u"agent"_s, u"not sent"_s, QDateTime::currentDateTime());
        model.failPending(u"Q"_s, u"offline"_s);
        QCOMPARE(model.unreadCustomerSequences(), (QList<qint64>{3, 5}));
        model.markCustomerMessagesRead();
        QVERIFY(model.unreadCustomerSequences().isEmpty());
        QVERIFY(model.apply(text(4, u"four, late"_s)));
        QVERIFY(model.unreadCustomerSequences().isEmpty());
        QVERIFY(model.apply(text(6, u"six"_s)));
        QCOMPARE(model.unreadCustomerSequences(), (QList<qint64>{6}));
    }

    void negativeSequenceIsIgnored()
    {
        MessageListModel model(u"c"_s);
        QVERIFY(!model.apply(text(-1, u"x"_s)));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(MessageListModelTest)
#include "MessageListModelTest.moc"
