// The Customer panel on the demo desk, offscreen: who the customer is comes from the hub's record
// as well as from this desk's own requests — a web chat visitor who signed in on their chat page
// is "Authenticated as …" too, also after the desk restarts — and the panel names the agent a
// conversation is assigned to.
#include "customer/CustomerPanel.h"
#include "DemoDesk.h"
#include "HubServer.h"
#include "MainWindow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QTest>

using namespace Signet;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

using Test::rowOfCustomer;

QString conversationOf(QListView *list, const QString &name)
{
    const int row = rowOfCustomer(list, name);
    return row < 0 ? QString()
                   : list->model()->index(row, 0).data(ConversationListModel::IdRole).toString();
}

// What the hub records when a web chat visitor signs in with the brand's provider: the identity
// it asked userinfo for itself.
QJsonObject webSignIn(const QString &issuer)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return {{"issuer"_L1, issuer},
            {"subject"_L1, u"c-1004"_s},
            {"name"_L1, u"Sam Patel"_s},
            {"email"_L1, u"sam@example.com"_s},
            {"claims"_L1, QJsonObject{{"membership_tier"_L1, u"bronze"_s}}},
            {"expiresAt"_L1, now + 3600 * 1000},
            {"assurance"_L1, "hub"_L1},
            {"verifiedAt"_L1, now},
            {"requestIdentifier"_L1, QString()},
            {"reportedBy"_L1, u"hub"_s},
            {"reportedAt"_L1, now}};
}

QLabel *label(QWidget *window, const QString &name)
{
    return window->findChild<CustomerPanel *>(u"customerPanel"_s)->findChild<QLabel *>(name);
}
} // namespace

class CustomerPanelTest : public QObject
{
    Q_OBJECT
private slots:
    void aWebChatSignInReachesTheCustomerPanel()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window();
        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfCustomer(list, u"Sam Patel"_s) >= 0, kWait);
        const QString sam = conversationOf(list, u"Sam Patel"_s);
        list->setCurrentIndex(list->model()->index(rowOfCustomer(list, u"Sam Patel"_s), 0));
        QTRY_COMPARE_WITH_TIMEOUT(label(window, u"customerName"_s)->text(), u"Sam Patel"_s, kWait);
        QLabel *identity = label(window, u"authenticatedAs"_s);
        QLabel *signIn = label(window, u"signInStatus"_s);
        QVERIFY(!identity->isVisible());
        QVERIFY2(signIn->text().contains(u"Sign in button on their chat page"_s),
                 qPrintable(signIn->text()));
        QVERIFY(signIn->isVisible());

        // Sam signs in on his chat page: the hub checks it and records it.
        Hub::HubServer *hub = demo.desk->embeddedHub();
        QVERIFY(hub->recordVerifiedIdentity(sam, webSignIn(hub->baseUrl())).ok());
        QTRY_VERIFY_WITH_TIMEOUT(identity->isVisible(), kWait);
        QVERIFY2(identity->text().contains(u"Authenticated as Sam Patel"_s),
                 qPrintable(identity->text()));
        QVERIFY(identity->text().contains(u"sam@example.com"_s));
        QVERIFY(identity->text().contains(u"expires in 59 min"_s) ||
                identity->text().contains(u"expires in 1 h"_s));
        QCOMPARE(label(window, u"signInRequestState"_s)->text(),
                 u"The customer signed in on the chat page"_s);
        QVERIFY(!signIn->isVisible()); // "could sign in" says nothing once he has

        // The desk restarts: the hub's record still says who Sam is.
        demo.desk.reset();
        demo.desk = std::make_unique<DeskApp>(Test::DemoDesk::options(demo.dir, 0.02),
                                              &demo.settings, &demo.secrets);
        QVERIFY(demo.start());
        window = demo.window();
        list = window->findChild<QListView *>(u"conversationList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfCustomer(list, u"Sam Patel"_s) >= 0, kWait);
        list->setCurrentIndex(list->model()->index(rowOfCustomer(list, u"Sam Patel"_s), 0));
        identity = label(window, u"authenticatedAs"_s);
        QTRY_VERIFY_WITH_TIMEOUT(identity->isVisible(), kWait);
        QVERIFY(identity->text().contains(u"Authenticated as Sam Patel"_s));
    }

    void theSupervisorSeesWhoAConversationIsAssignedTo()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window();
        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfCustomer(list, u"Maya Chen"_s) >= 0, kWait);
        const QString maya = conversationOf(list, u"Maya Chen"_s);
        bool accepted = false;
        window->session()->accept(maya, [&accepted](const Status &s) { accepted = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(accepted, kWait);

        window->findChild<QAction *>(u"demoSupervisorAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->session() && window->session()->isSupervisor(), kWait);
        list = window->findChild<QListView *>(u"conversationList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfCustomer(list, u"Maya Chen"_s) >= 0, kWait);
        list->setCurrentIndex(list->model()->index(rowOfCustomer(list, u"Maya Chen"_s), 0));
        QTRY_COMPARE_WITH_TIMEOUT(label(window, u"conversationStatus"_s)->text(),
                                  u"Assigned to Alex (demo agent)"_s, kWait);
    }
};

QTEST_MAIN(CustomerPanelTest)
#include "CustomerPanelTest.moc"
