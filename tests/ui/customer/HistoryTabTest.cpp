// The agent's History tab, offscreen on the demo desk: before Maya signs in it says why it is
// empty; once she has, it lists her earlier conversations on both channels newest first (verified
// or not); opening one shows its transcript read-only beside the live one.
#include "DemoDesk.h"
#include "HubServer.h"
#include "MainWindow.h"
#include "authbubble/AuthBubbleComposer.h"
#include "conversation/HistoryModel.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Signet;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

using Test::rowOfCustomer;
} // namespace

class HistoryTabTest : public QObject
{
    Q_OBJECT
private slots:
    void aVerifiedCustomersHistoryOpensBesideTheLiveTranscript()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window();
        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfCustomer(list, u"Maya Chen"_s) >= 0, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(demo.desk->keyRing()->isOpen(), kWait);
        list->setCurrentIndex(list->model()->index(rowOfCustomer(list, u"Maya Chen"_s), 0));

        auto *tabs = window->findChild<QTabWidget *>(u"customerTabs"_s);
        tabs->setCurrentIndex(1);
        auto *title = window->findChild<QLabel *>(u"historyTitle"_s);
        auto *history = window->findChild<QListView *>(u"historyList"_s);
        QVERIFY(title->text().contains(u"Once the customer signs in"_s));
        QVERIFY(!history->isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QPushButton *>(u"acceptButton"_s)->isVisible(),
                                 kWait);
        QTest::mouseClick(window->findChild<QPushButton *>(u"acceptButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->requestSignInAction()->isEnabled(), kWait);
        window->requestSignInAction()->trigger();
        AuthBubbleComposer *composer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((composer = window->findChild<AuthBubbleComposer *>()) != nullptr,
                                 kWait);
        QTest::mouseClick(composer->findChild<QPushButton *>(u"sendRequestButton"_s),
                          Qt::LeftButton);

        // Maya signs in by herself; her history arrives.
        QTRY_VERIFY_WITH_TIMEOUT(history->isVisible(), kWait);
        QVERIFY2(title->text().contains(u"3 earlier conversations with Maya Chen"_s),
                 qPrintable(title->text()));
        QAbstractItemModel *model = history->model();
        QCOMPARE(model->rowCount(), 3);
        // The desk asked once the hub had recorded the sign-in: no refusal in the audit log.
        Hub::AuditFilter refusals;
        refusals.actionPrefix = u"history.refused"_s;
        QCOMPARE(demo.desk->embeddedHub()->store().audit(refusals).size(), 0);
        const auto at = [&](int row, int role) { return model->index(row, 0).data(role); };
        QCOMPARE(at(0, HistoryModel::ChannelNameRole).toString(), u"Web chat"_s);
        QVERIFY(at(0, HistoryModel::VerifiedRole).toBool());
        QCOMPARE(at(0, HistoryModel::AgentNameRole).toString(), u"Jordan Lee"_s);
        QCOMPARE(at(1, HistoryModel::ChannelNameRole).toString(), u"Apple Messages"_s);
        QVERIFY(at(1, HistoryModel::VerifiedRole).toBool());
        QVERIFY(!at(2, HistoryModel::VerifiedRole).toBool()); // same iPhone, no sign-in
        QVERIFY(at(0, HistoryModel::StartedRole).toDateTime() >
                at(1, HistoryModel::StartedRole).toDateTime());

        // Open the web chat: read-only, beside the live transcript.
        auto *pane = window->findChild<QWidget *>(u"earlierTranscriptPane"_s);
        QVERIFY(!pane->isVisible());
        history->setCurrentIndex(model->index(0, 0));
        QTest::mouseClick(window->findChild<QPushButton *>(u"openHistoryTranscript"_s),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible(), kWait);
        auto *earlier = window->findChild<QListView *>(u"earlierTranscript"_s);
        QCOMPARE(earlier->model()->rowCount(), 3);
        QVERIFY(earlier->model()
                    ->index(1, 0)
                    .data(MessageListModel::TextRole)
                    .toString()
                    .contains(u"tracking"_s));
        const QString header = window->findChild<QLabel *>(u"earlierTranscriptHeader"_s)->text();
        QVERIFY2(header.contains(u"Web chat"_s) && header.contains(u"read-only"_s),
                 qPrintable(header));
        QVERIFY(window->findChild<QListView *>(u"transcript"_s)->isVisible()); // the live one
        // The pane has just appeared; click() does not depend on its layout having settled.
        window->findChild<QToolButton *>(u"closeEarlierTranscript"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isVisible(), kWait);

        // Another customer, not signed in: the tab says so again.
        QTRY_VERIFY_WITH_TIMEOUT(rowOfCustomer(list, u"Daniel Okafor"_s) >= 0, kWait);
        list->setCurrentIndex(list->model()->index(rowOfCustomer(list, u"Daniel Okafor"_s), 0));
        QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(u"Once the customer signs in"_s), kWait);
        QVERIFY(!history->isVisible());

        // Daniel (iOS 15): his desk decrypts the answer and tells the hub, so the desk knows
        // before the hub does. The history is asked for once the hub has recorded it, never
        // before (which the hub would refuse, and audit as a refusal).
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QPushButton *>(u"acceptButton"_s)->isVisible(),
                                 kWait);
        QTest::mouseClick(window->findChild<QPushButton *>(u"acceptButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->requestSignInAction()->isEnabled(), kWait);
        window->requestSignInAction()->trigger();
        AuthBubbleComposer *daniel = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((daniel = window->findChild<AuthBubbleComposer *>()) != nullptr,
                                 kWait);
        QTest::mouseClick(daniel->findChild<QPushButton *>(u"sendRequestButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(u"Daniel Okafor"_s) &&
                                     !title->text().contains(u"Loading"_s),
                                 kWait * 2);
        QCOMPARE(demo.desk->embeddedHub()->store().audit(refusals).size(), 0);
    }
};

QTEST_MAIN(HistoryTabTest)
#include "HistoryTabTest.moc"
