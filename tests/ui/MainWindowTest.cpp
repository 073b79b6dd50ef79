// The desk as an agent uses it, offscreen: the embedded hub with demo customers, a conversation
// selected, accepted, a reply typed and sent with Enter, the customer's answer in the transcript.
#include "MainWindow.h"
#include "Await.h"
#include "DemoDesk.h"
#include "DeskApp.h"
#include "HubServer.h"
#include "InMemorySecretStore.h"
#include "TestHub.h"
#include "composer/ComposerEdit.h"
#include "conversation/Attention.h"
#include "conversation/DeskSession.h"
#include "conversation/MessageListModel.h"
#include "conversation/RecentMessagesModel.h"
#include "customer/CustomerPanel.h"
#include "settings/ConnectDialog.h"
#include "settings/DeskSettings.h"
#include "transport/AgentConnection.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Signet;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;
}

class MainWindowTest : public QObject
{
    Q_OBJECT
private slots:
    void agentAcceptsAndChatsWithADemoCustomer()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        DeskApp &desk = *demo.desk;
        MainWindow *window = demo.window();
        QVERIFY(desk.embeddedHub());

        auto *status = window->findChild<QLabel *>(u"connectionStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Online as Alex (demo agent)"_s), kWait);

        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 2, kWait);
        // The first conversation is selected for the agent; Maya is waiting on iOS 17.
        QTRY_VERIFY_WITH_TIMEOUT(!window->currentConversation().isEmpty(), kWait);
        auto *panel = window->findChild<CustomerPanel *>(u"customerPanel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(panel->findChild<QLabel *>(u"customerName"_s)->text(),
                                  u"Maya Chen"_s, kWait);
        QCOMPARE(panel->findChild<QLabel *>(u"signInStatus"_s)->text(), u"Sign-in supported"_s);

        auto *composer = window->findChild<ComposerEdit *>(u"composer"_s);
        auto *accept = window->findChild<QPushButton *>(u"acceptButton"_s);
        QVERIFY(!composer->isEnabled());
        QVERIFY(accept->isVisible());
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(composer->isEnabled(), kWait);
        QVERIFY(!accept->isVisible());

        auto *transcript = window->findChild<QListView *>(u"transcript"_s);
        QVERIFY(transcript->model());
        QTRY_COMPARE_WITH_TIMEOUT(transcript->model()->rowCount(), 1, kWait);
        composer->setFocus();
        QTest::keyClicks(composer, u"Hello Maya"_s);
        QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier); // a new line, not a send
        QCOMPARE(transcript->model()->rowCount(), 1);
        QTest::keyClicks(composer, u"I'll check the charges."_s);
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(composer->toPlainText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(transcript->model()->rowCount(), 2, kWait);
        QCOMPARE(transcript->model()->index(1, 0).data().toString(),
                 u"Hello Maya\nI'll check the charges."_s);

        // The customer reads it and answers; the answer appears in the transcript.
        QTRY_VERIFY_WITH_TIMEOUT(transcript->model()->rowCount() >= 3, kWait);
        QVERIFY(transcript->model()->index(2, 0).data().toString().contains(u"two charges"_s));
        QCOMPARE(desk.session()
                     ->conversations()
                     ->index(0)
                     .data(ConversationListModel::UnreadRole)
                     .toInt(),
                 0);
        // Help → Play the Customer… has the customer's page for the current conversation.
        QVERIFY(window->findChild<QAction *>(u"playCustomerAction"_s));
        const QUrl page = desk.customerPageUrl(window->currentConversation());
        QVERIFY(page.path().endsWith(window->currentConversation()));
        QVERIFY(page.query().startsWith(u"key="_s));
        QVERIFY(desk.customerPageUrl(u"no-such-conversation"_s).isEmpty());

        // An iOS 11 customer explains why they cannot sign in.
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 4, kWait);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            list->setCurrentIndex(list->model()->index(row, 0));
            QTRY_VERIFY_WITH_TIMEOUT(
                panel->findChild<QLabel *>(u"customerName"_s)->text() != u"Customer"_s, kWait);
            if (panel->findChild<QLabel *>(u"customerName"_s)->text() == u"Rosa Álvarez"_s) {
                QVERIFY(panel->findChild<QLabel *>(u"signInStatus"_s)
                            ->text()
                            .contains(u"iOS 11.4 cannot sign in"_s));
                return;
            }
        }
        QFAIL("the iOS 11 demo customer never arrived");
    }

    void theDemoSwitchesToItsSupervisorAndBack()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window();
        auto *status = window->findChild<QLabel *>(u"connectionStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Online as Alex (demo agent)"_s), kWait);
        auto *filters = window->findChild<QWidget *>(u"liveFilterBar"_s);
        QVERIFY(!filters->isVisible());

        // File → Use the Demo Hub as Supervisor: the same hub, the live view and the review.
        window->findChild<QAction *>(u"demoSupervisorAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Online as Priya (demo supervisor)"_s),
                                 kWait);
        QVERIFY(window->session()->isSupervisor());
        QTRY_VERIFY_WITH_TIMEOUT(filters->isVisible(), kWait);
        QVERIFY(window->findChild<QAction *>(u"reviewAction"_s)->isEnabled());
        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 1, kWait);

        // File → Use the Demo Hub: back to the demo agent.
        const QList<QAction *> actions = window->findChildren<QAction *>();
        QAction *agent = nullptr;
        for (QAction *a : actions) {
            if (a->text() == u"Use the &Demo Hub"_s)
                agent = a;
        }
        QVERIFY(agent);
        agent->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Online as Alex (demo agent)"_s), kWait);
        QVERIFY(!window->session()->isSupervisor());
        QTRY_VERIFY_WITH_TIMEOUT(!filters->isVisible(), kWait);
    }

    void withoutAKeychainChatWorksAndSignInSaysWhyNot()
    {
        Test::DemoDesk demo;
        demo.secrets.setFailure(
            u"No keychain is available: install and unlock GNOME Keyring or KWallet."_s);
        QVERIFY(demo.start());
        DeskApp &desk = *demo.desk;
        Test::InMemorySecretStore &secrets = demo.secrets;
        QTRY_VERIFY_WITH_TIMEOUT(
            desk.window()->statusBar()->currentMessage().startsWith(
                u"Sign-in requests are unavailable: No keychain is available"_s),
            kWait);
        QVERIFY(!desk.keyRing()->isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(desk.session() && desk.session()->conversations()->rowCount() >= 1,
                                 kWait);
        QCOMPARE(secrets.items().size(), 0);
    }

    void staleRequestKeysAreSweptAtStartUp()
    {
        QTemporaryDir dir;
        DeskSettings settings(dir.filePath(u"settings.ini"_s));
        Test::InMemorySecretStore secrets;
        {
            KeyRing ring(&secrets);
            ring.setClock([] { return QDateTime::currentDateTimeUtc().addDays(-2); });
            QVERIFY(Test::awaitStatus([&](auto done) { ring.open(done); }).ok());
            QVERIFY(Test::await<QString>([&](auto done) {
                        ring.keyForRequest(u"left-over"_s, done);
                    }).ok());
            ring.setClock({});
            QVERIFY(Test::await<QString>([&](auto done) {
                        ring.keyForRequest(u"recent"_s, done);
                    }).ok());
        }
        DeskApp::Options options;
        options.dataDirectory = dir.filePath(u"hub"_s);
        options.stateDirectory = dir.filePath(u"state"_s);
        DeskApp desk(options, &settings, &secrets);
        desk.start();
        QTRY_VERIFY_WITH_TIMEOUT(!secrets.items().contains(KeyRing::entryName(u"left-over"_s)),
                                 kWait);
        QVERIFY(secrets.items().contains(KeyRing::entryName(u"recent"_s)));
    }

    void connectDialogValidatesAndNeverTakesPlainHttpOffLoopback()
    {
        ConnectDialog dialog;
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QLineEdit *>(u"serverUrl"_s)->setText(u"http://hub.example.com"_s);
        dialog.findChild<QLineEdit *>(u"serverUser"_s)->setText(u"ana"_s);
        dialog.findChild<QLineEdit *>(u"serverPassword"_s)->setText(u"pw"_s);
        QVERIFY(dialog.validationError().contains(u"https://"_s));
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QLineEdit *>(u"serverUrl"_s)->setText(u"https://hub.example.com:8443"_s);
        QVERIFY(dialog.validationError().isEmpty());
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.endpoint().baseUrl.port(), 8443);
        dialog.findChild<QLineEdit *>(u"serverUrl"_s)->setText(u"http://127.0.0.1:8480"_s);
        QVERIFY(ok->isEnabled());

        // A pinned certificate fingerprint: well formed, and only with https://.
        auto *fingerprint = dialog.findChild<QLineEdit *>(u"serverFingerprint"_s);
        const QString pin = u"SHA256:"_s + QStringList(32, u"AB"_s).join(u':');
        fingerprint->setText(pin);
        QVERIFY(dialog.validationError().contains(u"needs an https:// address"_s));
        dialog.findChild<QLineEdit *>(u"serverUrl"_s)->setText(u"https://hub.example.com:8443"_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.endpoint().certificatePin, QByteArray(32, '\xab'));
        fingerprint->setText(u"SHA256:AB:CD"_s);
        QVERIFY(dialog.validationError().contains(u"64 hex digits"_s));
        QVERIFY(!ok->isEnabled());
        fingerprint->clear();
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.endpoint().certificatePin.isEmpty());
    }

    void connectDialogTakesALivePersonStyleAccount()
    {
        ConnectDialog dialog;
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *kind = dialog.findChild<QComboBox *>(u"serverKind"_s);
        auto *domain = dialog.findChild<QLineEdit *>(u"serverUrl"_s);
        auto *account = dialog.findChild<QLineEdit *>(u"serverAccount"_s);
        kind->setCurrentIndex(kind->findData(int(ServerEndpoint::Kind::LivePersonAccount)));
        QCOMPARE(domain->placeholderText(), u"adminlogin.liveperson.net"_s);
        QCOMPARE(domain->accessibleName(), u"Discovery domain"_s);
        dialog.findChild<QLineEdit *>(u"serverUser"_s)->setText(u"ana"_s);
        dialog.findChild<QLineEdit *>(u"serverPassword"_s)->setText(u"pw"_s);
        account->setText(u"12345678"_s);
        for (const QString &bad : {u""_s, u"https://a.example/x"_s, u"a b.example"_s,
                                   u"user@a.example"_s, u"a.example?x=1"_s}) {
            domain->setText(bad);
            QVERIFY2(!ok->isEnabled(), qPrintable(bad));
            QVERIFY2(dialog.validationError().contains(u"discovery domain"_s),
                     qPrintable(dialog.validationError()));
        }
        // host, host:port, and an https:// in front are all the same domain.
        for (const QString &good :
             {u"adminlogin.liveperson.net"_s, u"https://adminlogin.liveperson.net/"_s}) {
            domain->setText(good);
            QVERIFY2(ok->isEnabled(), qPrintable(dialog.validationError()));
            QCOMPARE(dialog.endpoint().baseUrl, QUrl(u"https://adminlogin.liveperson.net"_s));
        }
        domain->setText(u"hub.example.com:8443"_s);
        QCOMPARE(dialog.endpoint().baseUrl, QUrl(u"https://hub.example.com:8443"_s));
        QCOMPARE(dialog.endpoint().kind, ServerEndpoint::Kind::LivePersonAccount);
        QCOMPARE(dialog.endpoint().account, u"12345678"_s);
        account->setText(u"12/34"_s);
        QVERIFY(dialog.validationError().contains(u"account ID"_s));
        account->clear();
        QCOMPARE(dialog.validationError(), u"Enter the account ID."_s);

        // Shown again as it was given; a hub by its address, as before.
        ServerEndpoint live;
        live.kind = ServerEndpoint::Kind::LivePersonAccount;
        live.baseUrl = ServerEndpoint::discoveryUrl(u"va.example.net:8443"_s);
        live.account = u"42"_s;
        dialog.setEndpoint(live);
        QCOMPARE(domain->text(), u"va.example.net:8443"_s);
        QCOMPARE(kind->currentData().toInt(), int(ServerEndpoint::Kind::LivePersonAccount));
        ServerEndpoint hub;
        hub.baseUrl = QUrl(u"https://hub.example.com:8443"_s);
        dialog.setEndpoint(hub);
        QCOMPARE(domain->text(), u"https://hub.example.com:8443"_s);
        QCOMPARE(domain->accessibleName(), u"Server URL"_s);
    }

    void theServerSettingsKeepThePinnedCertificate()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"settings.ini"_s);
        ServerEndpoint endpoint;
        endpoint.baseUrl = QUrl(u"https://hub.example.com:8443"_s);
        endpoint.account = u"acme"_s;
        endpoint.username = u"ana"_s;
        endpoint.certificatePin = QByteArray(32, '\x5a');
        {
            DeskSettings settings(ini);
            settings.setServerEndpoint(endpoint);
            settings.sync();
        }
        DeskSettings reread(ini);
        QCOMPARE(reread.serverCertificateFingerprint(),
                 u"SHA256:"_s + QStringList(32, u"5A"_s).join(u':'));
        const ServerEndpoint back = reread.serverEndpoint();
        QCOMPARE(back.baseUrl, endpoint.baseUrl);
        QCOMPARE(back.account, endpoint.account);
        QCOMPARE(back.username, endpoint.username);
        QCOMPARE(back.certificatePin, endpoint.certificatePin);
        // A damaged entry pins nothing (the CAs still verify the server).
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(u"server/certificateFingerprint"_s, u"SHA256:nonsense"_s);
        }
        QVERIFY(DeskSettings(ini).serverEndpoint().certificatePin.isEmpty());
    }

    void aLongConversationOpensAtItsNewestMessageAndFollowsOnlyAtTheBottom()
    {
        Test::DemoDesk demo(1000); // the demo customers stay quiet
        QVERIFY(demo.start());
        demo.window()->resize(1000, 700);
        Hub::HubServer *hub = demo.desk->embeddedHub();
        DeskSession *session = demo.desk->session();
        QTRY_VERIFY_WITH_TIMEOUT(
            session && session->connection()->state() == AgentConnection::State::Online, kWait);
        Hub::ConsumerRecord customer;
        customer.id = u"long-talker"_s;
        customer.firstName = u"Lena"_s;
        customer.context.channel = Protocol::ChannelType::WebChat;
        const QString convId = hub->startConversation(customer, u"Hello"_s).value();
        const QString other =
            hub->startConversation(Hub::ConsumerRecord{u"other"_s, u"Olu"_s, {}, {}}, u"Hi"_s)
                .value();
        // Long, wrapping messages: their heights are only known once laid out at the view's width.
        const QString filler =
            u"I ordered the blue one but the parcel had a red one in it, and the invoice "
            "says green, so I am not sure which of the three I will be charged for. "_s;
        for (int i = 1; i <= 300; ++i)
            QVERIFY(hub->consumerSend(convId, filler + QString::number(i)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            session->messages(convId) && session->messages(convId)->rowCount() == 301, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(session->conversations()->item(other) != nullptr, kWait);
        // Both the agent's own (the composer and the customer's panel take their room).
        QVERIFY(Test::awaitStatus([&](auto done) { session->accept(convId, done); }).ok());
        QVERIFY(Test::awaitStatus([&](auto done) { session->accept(other, done); }).ok());

        auto *transcript = demo.window()->findChild<QListView *>(u"transcript"_s);
        auto lastRowShown = [transcript] {
            const QModelIndex last =
                transcript->model()->index(transcript->model()->rowCount() - 1, 0);
            const QRect rect = transcript->visualRect(last);
            return rect.isValid() && transcript->viewport()->rect().contains(rect.bottomLeft());
        };
        demo.window()->selectConversation(other);
        QTRY_COMPARE(demo.window()->currentConversation(), other);
        demo.window()->selectConversation(convId);
        QTRY_VERIFY_WITH_TIMEOUT(lastRowShown(), kWait);
        // Still there once every delayed relayout has run, and after a resize.
        QTest::qWait(300);
        QVERIFY(lastRowShown());
        demo.window()->resize(800, 700);
        QTRY_VERIFY_WITH_TIMEOUT(lastRowShown(), kWait);

        // A new message at the bottom is followed …
        QVERIFY(hub->consumerSend(convId, u"One more thing"_s).ok());
        QTRY_VERIFY_WITH_TIMEOUT(transcript->model()->rowCount() == 302, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(lastRowShown(), kWait);
        // … but not while the agent reads further up.
        transcript->verticalScrollBar()->setValue(0);
        QVERIFY(hub->consumerSend(convId, u"And another"_s).ok());
        QTRY_VERIFY_WITH_TIMEOUT(transcript->model()->rowCount() == 303, kWait);
        QTest::qWait(300);
        QCOMPARE(transcript->verticalScrollBar()->value(), 0);
        QVERIFY(!lastRowShown());
    }

    void earlierMessagesComeAPageAtATimeAsTheAgentScrollsUp()
    {
        Test::DemoDesk demo(1000);
        QVERIFY(demo.start());
        demo.window()->resize(1000, 700);
        auto *recent = demo.window()->findChild<RecentMessagesModel *>();
        QVERIFY(recent);
        recent->setPageSize(100);
        Hub::HubServer *hub = demo.desk->embeddedHub();
        DeskSession *session = demo.desk->session();
        QTRY_VERIFY_WITH_TIMEOUT(
            session && session->connection()->state() == AgentConnection::State::Online, kWait);
        Hub::ConsumerRecord customer;
        customer.id = u"pager"_s;
        customer.firstName = u"Pia"_s;
        const QString convId = hub->startConversation(customer, u"Message 0"_s).value();
        for (int i = 1; i < 250; ++i)
            QVERIFY(hub->consumerSend(convId, u"Message %1"_s.arg(i)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            session->messages(convId) && session->messages(convId)->rowCount() == 250, kWait);
        // Opened afresh (the window of a conversation left open grows with what arrives in it).
        const QString other =
            hub->startConversation(Hub::ConsumerRecord{u"other"_s, u"Olu"_s, {}, {}}, u"Hi"_s)
                .value();
        QTRY_VERIFY_WITH_TIMEOUT(session->conversations()->item(other) != nullptr, kWait);
        demo.window()->selectConversation(other);
        QTRY_COMPARE(demo.window()->currentConversation(), other);
        demo.window()->selectConversation(convId);
        auto *transcript = demo.window()->findChild<QListView *>(u"transcript"_s);
        QTRY_COMPARE(transcript->model()->rowCount(), 100);
        QCOMPARE(transcript->model()->index(0, 0).data().toString(), u"Message 150"_s);
        // Reaching the top brings the page before it, and "Message 150" stays in view.
        transcript->verticalScrollBar()->setValue(0);
        QTRY_COMPARE(transcript->model()->rowCount(), 200);
        const QModelIndex reading = transcript->model()->index(100, 0);
        QCOMPARE(reading.data().toString(), u"Message 150"_s);
        QVERIFY(transcript->viewport()->rect().intersects(transcript->visualRect(reading)));
        transcript->verticalScrollBar()->setValue(0);
        QTRY_COMPARE(transcript->model()->rowCount(), 250);
        QCOMPARE(transcript->model()->index(0, 0).data().toString(), u"Message 0"_s);
    }

    void ctrlTabGoesToTheNextOpenConversationAndItsMessageBox()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        DeskSession *session = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (session = demo.desk->session()) && session->conversations()->rowCount() >= 3, kWait);
        // Request Sign-in is in the Conversation menu too.
        QMenu *menu = nullptr;
        for (QAction *top : window->menuBar()->actions())
            if (top->text() == u"&Conversation"_s)
                menu = top->menu();
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(window->requestSignInAction()));

        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        const auto idAt = [list](int row) {
            return list->model()->index(row, 0).data(ConversationListModel::IdRole).toString();
        };
        list->setCurrentIndex(list->model()->index(0, 0));
        list->setFocus();
        const QString first = idAt(0);
        const QString second = idAt(1);
        const QString third = idAt(2);
        bool done = false;
        session->accept(second, [&done](const Status &s) { done = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
        done = false;
        session->accept(third, [&done](const Status &s) { done = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
        done = false;
        session->close(third, [&done](const Status &s) { done = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isOpen(third), kWait);
        QCOMPARE(window->currentConversation(), first);

        // Ctrl+Tab: the next conversation, with the keyboard in its message box.
        QTest::keyClick(list, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window->currentConversation(), second);
        auto *composer = window->findChild<ComposerEdit *>(u"composer"_s);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), composer, kWait);
        QTest::keyClicks(QApplication::focusWidget(), u"Typed at once"_s);
        QCOMPARE(composer->toPlainText(), u"Typed at once"_s);
        // The closed one is skipped; a waiting one puts the keyboard on Accept.
        QTest::keyClick(composer, Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(window->currentConversation() != third);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->currentConversation(), second);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->currentConversation(), first);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(),
                                  window->findChild<QPushButton *>(u"acceptButton"_s), kWait);
    }

    void readMeansTheAgentSawIt()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        DeskSession *session = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (session = demo.desk->session()) && session->conversations()->rowCount() >= 1, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!window->currentConversation().isEmpty(), kWait);
        const QString convId = window->currentConversation();
        bool accepted = false;
        session->accept(convId, [&accepted](const Status &s) { accepted = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(accepted, kWait);
        const auto unread = [&] { return session->conversations()->item(convId)->unread; };
        const auto messages = [&] { return session->messages(convId)->rowCount(); };
        QTRY_COMPARE_WITH_TIMEOUT(unread(), 0, kWait);

        // Another application's window is in front: a message stays unread and is announced.
        QWidget elsewhere;
        elsewhere.resize(200, 100);
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QTRY_VERIFY_WITH_TIMEOUT(!window->isActiveWindow(), kWait);
        int before = messages();
        QVERIFY(demo.desk->embeddedHub()->consumerSend(convId, u"Are you there?"_s).ok());
        QTRY_COMPARE_WITH_TIMEOUT(messages(), before + 1, kWait);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(unread(), 1);
        QVERIFY(window->attention()->notice(convId));

        // Back at the desk: read now, and the notice goes.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTRY_COMPARE_WITH_TIMEOUT(unread(), 0, kWait);
        QVERIFY(!window->attention()->notice(convId));

        // One of the desk's own dialogs over it: the conversation is on screen; no notice.
        QDialog dialog(window);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        before = messages();
        QVERIFY(demo.desk->embeddedHub()->consumerSend(convId, u"Hello?"_s).ok());
        QTRY_COMPARE_WITH_TIMEOUT(messages(), before + 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(unread(), 0, kWait);
        QVERIFY(!window->attention()->notice(convId));
    }

    void aWrongServerLeavesTheWorkingSessionAlone()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        DeskApp &desk = *demo.desk;
        MainWindow *window = demo.window();
        QTRY_VERIFY_WITH_TIMEOUT(desk.session() && desk.session()->connection()->state() ==
                                                       AgentConnection::State::Online,
                                 kWait);
        QTRY_VERIFY_WITH_TIMEOUT(desk.session()->conversations()->rowCount() >= 4, kWait);
        const QPointer<DeskSession> working = desk.session();
        // One demo conversation is accepted and closed before the desk goes elsewhere.
        const QString closed =
            working->conversations()->index(0).data(ConversationListModel::IdRole).toString();
        QVERIFY(Test::awaitStatus([&](auto done) { working->accept(closed, done); }).ok());
        QVERIFY(Test::awaitStatus([&](auto done) { working->close(closed, done); }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!working->isOpen(closed), kWait);
        const auto openIds = [&desk] {
            QSet<QString> ids;
            const ConversationListModel *list = desk.session()->conversations();
            for (int row = 0; row < list->rowCount(); ++row) {
                if (list->itemAt(row).details.state == Protocol::ConversationState::Open)
                    ids.insert(list->itemAt(row).details.convId);
            }
            return ids;
        };
        const QSet<QString> stillOpen = openIds();
        const int conversations = working->conversations()->rowCount();

        // File → Connect to Server… with an address nothing answers at.
        QTimer::singleShot(0, window, [window] { emit window->connectToServerRequested(); });
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ConnectDialog *>()) != nullptr &&
                                     dialog->isVisible(),
                                 kWait);
        dialog->findChild<QLineEdit *>(u"serverUrl"_s)->setText(u"http://127.0.0.1:1"_s);
        dialog->findChild<QLineEdit *>(u"serverUser"_s)->setText(u"ana"_s);
        dialog->findChild<QLineEdit *>(u"serverPassword"_s)->setText(u"wrong"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(u"connectError"_s);
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(error->text().startsWith(u"Could not connect"_s), kWait);
        // The dialog stays with the reason; the session goes on; nothing was saved.
        QVERIFY(dialog->isVisible());
        QVERIFY(ok->isEnabled());
        QCOMPARE(desk.session(), working.data());
        QCOMPARE(working->connection()->state(), AgentConnection::State::Online);
        QCOMPARE(working->conversations()->rowCount(), conversations);
        QVERIFY(demo.settings.serverEndpoint().baseUrl.isEmpty());

        // A server that answers: the dialog closes, the desk is on it, and only now is it saved.
        Test::TestHub team;
        QVERIFY(team.addUser(u"ana"_s, Test::kPassword));
        const ServerEndpoint there = team.endpoint(u"ana"_s);
        dialog->findChild<QLineEdit *>(u"serverUrl"_s)->setText(there.baseUrl.toString());
        dialog->findChild<QLineEdit *>(u"serverPassword"_s)->setText(Test::kPassword);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<ConnectDialog *>(), kWait);
        QVERIFY(working.isNull());
        QVERIFY(desk.session());
        QTRY_COMPARE_WITH_TIMEOUT(desk.session()->connection()->state(),
                                  AgentConnection::State::Online, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(desk.session()->conversations()->rowCount(), 0, kWait);
        QCOMPARE(demo.settings.serverEndpoint().baseUrl, there.baseUrl);
        QCOMPARE(demo.settings.serverEndpoint().username, u"ana"_s);

        // Back to the demo in the same run: it is not replayed. Those still waiting are there;
        // the closed one does not come back and nobody new arrives.
        emit window->useDemoHubRequested();
        QTRY_VERIFY_WITH_TIMEOUT(desk.embeddedHub() && desk.session() &&
                                     desk.session()->connection()->state() ==
                                         AgentConnection::State::Online,
                                 kWait);
        QTRY_COMPARE_WITH_TIMEOUT(openIds(), stillOpen, kWait);
        QTest::qWait(2000); // every demo arrival is due within 1.2 s at this time scale
        QCOMPARE(openIds(), stillOpen);
    }

    void aConfiguredServerUsesThePasswordFromTheKeychainNotSettings()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"settings.ini"_s);
        DeskSettings settings(ini);
        settings.setServerUrl(u"http://127.0.0.1:1"_s); // nothing listens there
        settings.setServerUser(u"ana"_s);
        settings.setRememberPassword(true);
        settings.sync();
        Test::InMemorySecretStore secrets;
        bool written = false;
        secrets.write(settings.passwordKey(), Crypto::SecretBytes::copyOf("from-the-keychain"),
                      [&written](const Status &) { written = true; });
        QTRY_VERIFY(written);

        DeskApp::Options options;
        options.dataDirectory = dir.filePath(u"hub"_s);
        options.stateDirectory = dir.filePath(u"state"_s);
        DeskApp desk(options, &settings, &secrets);
        desk.start();
        QVERIFY(!desk.embeddedHub());
        QTRY_VERIFY_WITH_TIMEOUT(desk.session() != nullptr, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            desk.session()->connection()->state() == AgentConnection::State::Reconnecting, kWait);
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("from-the-keychain"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
