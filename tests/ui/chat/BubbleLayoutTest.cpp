#include "chat/BubbleLayout.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QTest>

using namespace Signet::Ui;
using namespace Signet::Ui::BubbleMetrics;
using namespace Qt::StringLiterals;

class BubbleLayoutTest : public QObject
{
    Q_OBJECT
private:
    QFont font() const { return QFontDatabase::systemFont(QFontDatabase::GeneralFont); }
    MessageView message(const QString &text, bool fromCustomer) const
    {
        MessageView m;
        m.text = text;
        m.fromCustomer = fromCustomer;
        m.timestamp = QDateTime(QDate(2026, 11, 21), QTime(10, 30));
        m.status = fromCustomer ? QString() : u"Read"_s;
        return m;
    }

private slots:
    void customerLeftAgentRight_data()
    {
        QTest::addColumn<int>("width");
        for (int width : {200, 320, 640, 1200})
            QTest::newRow(qPrintable(QString::number(width))) << width;
    }
    void customerLeftAgentRight()
    {
        QFETCH(int, width);
        const QDate today(2026, 11, 21);
        const BubbleLayout left = layoutBubble(message(u"Hi there"_s, true), width, font(), today);
        QVERIFY(!left.alignRight);
        QCOMPARE(left.bubble.left(), kOuterMargin);
        const BubbleLayout right = layoutBubble(message(u"Hello"_s, false), width, font(), today);
        QVERIFY(right.alignRight);
        QCOMPARE(right.bubble.right(), width - kOuterMargin - 1);
        for (const BubbleLayout &l : {left, right}) {
            QCOMPARE(l.size.width(), width);
            QVERIFY(l.bubble.contains(l.text));
            QVERIFY(l.bubble.contains(l.meta));
            QVERIFY(l.meta.top() > l.text.bottom());
            QVERIFY(l.size.height() > l.bubble.bottom());
            QVERIFY(l.bubble.width() <= std::max(kMinBubbleWidth, int((width - 2 * kOuterMargin) *
                                                                      kMaxBubbleFraction)));
        }
        QVERIFY(right.metaText.endsWith(u" · Read"_s));
    }

    void longTextWrapsAndGrowsInHeightNotWidth()
    {
        const QDate today(2026, 11, 21);
        const int width = 500;
        const int maxBubble = int((width - 2 * kOuterMargin) * kMaxBubbleFraction);
        const BubbleLayout shortOne = layoutBubble(message(u"Short"_s, true), width, font(), today);
        const BubbleLayout longOne =
            layoutBubble(message(QString(u"word "_s).repeated(200), true), width, font(), today);
        const BubbleLayout unbroken =
            layoutBubble(message(QString(400, u'x'), true), width, font(), today);
        QVERIFY(shortOne.bubble.width() < maxBubble);
        QVERIFY(longOne.bubble.width() <= maxBubble);
        QVERIFY(unbroken.bubble.width() <= maxBubble);
        const int line = QFontMetrics(font()).height();
        QVERIFY(longOne.text.height() >= 10 * line);
        QVERIFY(unbroken.text.height() >= 3 * line);
        QVERIFY(longOne.size.height() > shortOne.size.height());
    }

    void daySeparatorAddsARowAboveTheBubble()
    {
        const QDate today(2026, 11, 21);
        MessageView m = message(u"Hi"_s, true);
        const BubbleLayout plain = layoutBubble(m, 400, font(), today);
        m.showDaySeparator = true;
        const BubbleLayout withDay = layoutBubble(m, 400, font(), today);
        QVERIFY(plain.daySeparator.isEmpty());
        QVERIFY(!withDay.daySeparator.isEmpty());
        QVERIFY(withDay.bubble.top() > withDay.daySeparator.bottom());
        QCOMPARE(withDay.dayText, u"Today"_s);
        QCOMPARE(withDay.size.height() - plain.size.height(),
                 withDay.bubble.top() - plain.bubble.top());
        QCOMPARE(dayText(today.addDays(-1), today), u"Yesterday"_s);
        QVERIFY(dayText(today.addDays(-10), today).contains(u"2026"_s));
    }

    void timesHaveNoSeconds()
    {
        QCOMPARE(shortTime(QTime(9, 5, 42)).count(u':'), 1);
        QVERIFY(shortTime(QTime(9, 5, 42)).contains(u"05"_s));
    }

    void emptyTextStillHasALine()
    {
        const BubbleLayout l =
            layoutBubble(message(QString(), true), 300, font(), QDate(2026, 11, 21));
        QVERIFY(l.text.height() >= QFontMetrics(font()).height());
    }
};

QTEST_MAIN(BubbleLayoutTest)
#include "BubbleLayoutTest.moc"
