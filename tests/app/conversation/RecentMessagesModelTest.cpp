// The transcript's window: the newest page of a conversation, earlier pages on request, and the
// window's start staying on its message as rows come and go above it.
#include "conversation/RecentMessagesModel.h"
#include "conversation/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Signet;
using namespace Signet::Protocol;
using namespace Qt::StringLiterals;

namespace {

MessagingEvent text(qint64 sequence)
{
    MessagingEvent e;
    e.sequence = sequence;
    e.conversationId = u"c"_s;
    e.dialogId = u"c"_s;
    e.originatorId = u"customer"_s;
    e.originatorRole = ParticipantRole::Consumer;
    e.serverTimestamp = 1700000000000 + sequence * 1000;
    e.event.type = Event::Type::Content;
    e.event.message = u"m%1"_s.arg(sequence);
    return e;
}

QStringList shown(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}

} // namespace

class RecentMessagesModelTest : public QObject
{
    Q_OBJECT
private slots:
    void showsTheNewestPageAndEarlierOnesOnRequest()
    {
        MessageListModel messages(u"c"_s);
        for (int i = 0; i < 25; ++i)
            QVERIFY(messages.apply(text(i)));
        RecentMessagesModel recent;
        QAbstractItemModelTester tester(&recent,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        recent.setPageSize(10);
        recent.setSourceModel(&messages);
        QCOMPARE(recent.rowCount(), 10);
        QCOMPARE(shown(recent).first(), u"m15"_s);
        QCOMPARE(recent.hiddenEarlier(), 15);
        // New messages join the window.
        QVERIFY(messages.apply(text(25)));
        QCOMPARE(recent.rowCount(), 11);
        QCOMPARE(shown(recent).last(), u"m25"_s);
        // Earlier pages, then nothing more.
        QCOMPARE(recent.showEarlier(), 10);
        QCOMPARE(shown(recent).first(), u"m5"_s);
        QCOMPARE(recent.showEarlier(), 5);
        QCOMPARE(shown(recent).first(), u"m0"_s);
        QCOMPARE(recent.showEarlier(), 0);
        QCOMPARE(recent.rowCount(), 26);
    }

    void theWindowKeepsItsFirstMessageWhenRowsComeAboveIt()
    {
        MessageListModel messages(u"c"_s);
        for (int i = 0; i < 30; i += 2) // 0, 2, …, 28: gaps a late catch-up fills
            QVERIFY(messages.apply(text(i)));
        RecentMessagesModel recent;
        QAbstractItemModelTester tester(&recent,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        recent.setPageSize(5);
        recent.setSourceModel(&messages);
        QCOMPARE(shown(recent), (QStringList{u"m20"_s, u"m22"_s, u"m24"_s, u"m26"_s, u"m28"_s}));
        // Older than the window: above it, not in it.
        QVERIFY(messages.apply(text(1)));
        QVERIFY(messages.apply(text(19)));
        QCOMPARE(shown(recent).first(), u"m20"_s);
        QCOMPARE(recent.hiddenEarlier(), 12);
        // Inside the window: shown in its place.
        QVERIFY(messages.apply(text(23)));
        QCOMPARE(shown(recent),
                 (QStringList{u"m20"_s, u"m22"_s, u"m23"_s, u"m24"_s, u"m26"_s, u"m28"_s}));
        // The next page starts right above, with what arrived late.
        QCOMPARE(recent.showEarlier(), 5);
        QCOMPARE(shown(recent).first(), u"m12"_s);
        QVERIFY(shown(recent).contains(u"m19"_s));
        // Everything small fits in one page from the start.
        MessageListModel few(u"c"_s);
        QVERIFY(few.apply(text(3)));
        recent.setSourceModel(&few);
        QVERIFY(few.apply(text(1)));
        QCOMPARE(shown(recent), (QStringList{u"m1"_s, u"m3"_s}));
    }
};

QTEST_MAIN(RecentMessagesModelTest)
#include "RecentMessagesModelTest.moc"
