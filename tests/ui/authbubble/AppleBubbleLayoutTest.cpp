#include "authbubble/AppleBubbleLayout.h"

#include <QTest>

using namespace Signet::Auth;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;

class AppleBubbleLayoutTest : public QObject
{
    Q_OBJECT
private slots:
    void applesProportions_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<QSizeF>("image");
        QTest::addColumn<bool>("onTop");
        QTest::newRow("icon") << static_cast<int>(BubbleStyle::Icon) << QSizeF(280, 65)
                              << QSizeF(40, 40) << false;
        QTest::newRow("small") << static_cast<int>(BubbleStyle::Small) << QSizeF(280, 85)
                               << QSizeF(60, 60) << false;
        QTest::newRow("large") << static_cast<int>(BubbleStyle::Large) << QSizeF(280, 210)
                               << QSizeF(263, 150) << true;
    }
    void applesProportions()
    {
        QFETCH(int, style);
        QFETCH(QSizeF, size);
        QFETCH(QSizeF, image);
        QFETCH(bool, onTop);
        const AppleBubbleGeometry g = appleBubbleGeometry(static_cast<BubbleStyle>(style));
        QCOMPARE(g.size, size);
        QCOMPARE(g.image.size(), image);
        QCOMPARE(g.imageOnTop, onTop);
        const QRectF bubble(QPointF(0, 0), g.size);
        for (const QRectF &r : {g.image, g.title, g.subtitle})
            QVERIFY2(bubble.contains(r), "everything stays inside the bubble");
        QVERIFY(!g.title.intersects(g.image));
        QVERIFY(!g.subtitle.intersects(g.image));
        QVERIFY(g.subtitle.top() >= g.title.bottom());
        if (onTop) {
            QVERIFY(g.title.top() > g.image.bottom()); // large: the image is above the text
            QCOMPARE(g.image.center().x(), 140.0);
        } else {
            QVERIFY(g.title.left() > g.image.right()); // icon/small: beside the text
            QCOMPARE(g.image.center().y(), g.size.height() / 2);
        }
    }

    void withoutAnImageTheTextTakesTheWidth()
    {
        const AppleBubbleGeometry with = appleBubbleGeometry(BubbleStyle::Small, true);
        const AppleBubbleGeometry without = appleBubbleGeometry(BubbleStyle::Small, false);
        QVERIFY(without.image.isNull());
        QVERIFY(without.title.width() > with.title.width());
        QCOMPARE(without.size, with.size);
    }

    void longTitlesAreCutWithAnEllipsis_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("truncated");
        for (int style : {0, 1, 2}) {
            QTest::newRow(qPrintable(u"%1-short"_s.arg(style))) << style << 8 << false;
            QTest::newRow(qPrintable(u"%1-long"_s.arg(style))) << style << 120 << true;
        }
    }
    void longTitlesAreCutWithAnEllipsis()
    {
        QFETCH(int, style);
        QFETCH(int, length);
        QFETCH(bool, truncated);
        Bubble b;
        b.title = QString(u"Sign in "_s).repeated(length / 8);
        b.subtitle = u"short"_s;
        b.style = static_cast<BubbleStyle>(style);
        const AppleBubbleGeometry g = appleBubbleGeometry(b.style, true);
        const FittedText t = fitBubbleText(b, g, bubbleTitleFont(), bubbleSubtitleFont());
        QCOMPARE(t.titleTruncated, truncated);
        QVERIFY(!t.subtitleTruncated);
        if (truncated)
            QVERIFY(t.title.endsWith(QChar(0x2026)));
        QVERIFY(QFontMetricsF(bubbleTitleFont()).horizontalAdvance(t.title) <=
                g.title.width() + 0.5);
    }

    void recommendedPixelsAreThreeTimesThePoints()
    {
        for (auto s : {BubbleStyle::Icon, BubbleStyle::Small, BubbleStyle::Large})
            QCOMPARE(QSizeF(recommendedImagePixels(s)), appleBubbleGeometry(s).image.size() * 3);
    }
};

QTEST_MAIN(AppleBubbleLayoutTest)
#include "AppleBubbleLayoutTest.moc"
