// The agent's tools in the desk window, on the embedded demo hub: canned responses with "/" in the
// composer (the team's and the agent's own, filled in for the customer; Escape keeps what was
// typed), "… is typing" under the transcript, closing with a disposition (the dialog will not close
// without one), and transferring back to a skill's queue when no colleague is online.
#include "DemoDesk.h"
#include "HubServer.h"
#include "composer/CannedResponses.h"
#include "composer/ComposerEdit.h"
#include "conversations/CloseDialog.h"
#include "conversations/TransferDialog.h"
#include "store/Store.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Signet;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

// The demo desk with Maya's conversation accepted and on screen.
struct Desk
{
    Test::DemoDesk demo{0.02, false};
    QString maya;

    bool start()
    {
        if (!demo.start())
            return false;
        MainWindow *window = demo.window();
        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        if (!QTest::qWaitFor([&] { return Test::rowOfCustomer(list, u"Maya Chen"_s) >= 0; }, kWait))
            return false;
        list->setCurrentIndex(list->model()->index(Test::rowOfCustomer(list, u"Maya Chen"_s), 0));
        maya = window->currentConversation();
        window->acceptCurrent();
        return QTest::qWaitFor([&] { return demo.desk->session()->isAssignedToMe(maya); }, kWait) &&
               QTest::qWaitFor([&] { return composer()->isEnabled(); }, kWait) &&
               QTest::qWaitFor(
                   [&] { return !demo.desk->session()->team().cannedResponses.isEmpty(); }, kWait);
    }
    MainWindow *window() const { return demo.window(); }
    ComposerEdit *composer() const { return window()->findChild<ComposerEdit *>(u"composer"_s); }
    Hub::HubServer &hub() const { return *demo.desk->embeddedHub(); }
};

} // namespace

class ConversationToolsTest : public QObject
{
    Q_OBJECT
private slots:
    void cannedResponsesComeWithASlash()
    {
        Desk d;
        QVERIFY(d.start());
        ComposerEdit *composer = d.composer();
        QCompleter *completer = d.window()->cannedResponses()->completer();
        composer->setFocus();

        // The team's greeting, filled in for Maya.
        QTest::keyClicks(composer, u"/gree"_s);
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QVERIFY(!completer->popup()->isVisible());
        QVERIFY2(
            composer->toPlainText().startsWith(u"Hi Maya, thanks for getting in touch! I'm "_s),
            qPrintable(composer->toPlainText()));
        QVERIFY(!composer->toPlainText().contains(u'{'));
        composer->clear();

        // The agent's own, after the settings changed; found by a word inside the title.
        d.demo.settings.setCannedResponses({{u"refund-status"_s, u"Your refund is on its way."_s}});
        d.demo.desk->applySettings();
        QCOMPARE(d.window()->cannedResponses()->count(),
                 1 + int(d.demo.desk->session()->team().cannedResponses.size()));
        QTest::keyClicks(composer, u"Good news: /status"_s);
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(composer->toPlainText(), u"Good news: Your refund is on its way."_s);
        composer->clear();

        // Escape keeps what was typed; a slash inside a word (a date) is just a slash.
        QTest::keyClicks(composer, u"/gree"_s);
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
        QVERIFY(!completer->popup()->isVisible());
        QCOMPARE(composer->toPlainText(), u"/gree"_s);
        composer->clear();
        QTest::keyClicks(composer, u"on 12/05"_s);
        QVERIFY(!completer->popup()->isVisible());
        composer->clear();
    }

    void theCustomerTypingShowsUnderTheTranscript()
    {
        Desk d;
        QVERIFY(d.start());
        auto *typing = d.window()->findChild<QLabel *>(u"typingIndicator"_s);
        QVERIFY(typing && !typing->isVisible());
        d.hub().relayChatState(d.maya, u"maya"_s, Protocol::ParticipantRole::Consumer,
                               u"COMPOSING"_s);
        QTRY_VERIFY_WITH_TIMEOUT(typing->isVisible(), kWait);
        QCOMPARE(typing->text(), u"Maya Chen is typing…"_s);
        d.hub().relayChatState(d.maya, u"maya"_s, Protocol::ParticipantRole::Consumer, u"ACTIVE"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!typing->isVisible(), kWait);

        // The agent typing reaches the hub (the customer's page shows it).
        QTest::keyClicks(d.composer(), u"Let me see"_s);
        QTRY_COMPARE_WITH_TIMEOUT(d.hub().agentChatState(d.maya), u"COMPOSING"_s, kWait);
        d.composer()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(d.hub().agentChatState(d.maya), u"ACTIVE"_s, kWait);
    }

    void closingAsksHowItEnded()
    {
        Desk d;
        QVERIFY(d.start());
        d.window()->findChild<QAction *>(u"closeAction"_s)->trigger();
        CloseDialog *dialog = d.window()->closeDialog();
        QVERIFY(dialog && dialog->isVisible());
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // a disposition first
        QTest::mouseClick(dialog->findChild<QRadioButton *>(u"disposition-follow-up"_s),
                          Qt::LeftButton);
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"closeNote"_s),
                         u"Call back on Monday."_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d.hub().store().conversation(d.maya)->state,
                                  Protocol::ConversationState::Closed, kWait);
        QCOMPARE(d.hub().store().conversation(d.maya)->dispositionCode, u"follow-up"_s);
        QCOMPARE(d.hub().store().conversation(d.maya)->dispositionNote, u"Call back on Monday."_s);
    }

    void transferringWithNoColleagueOnlineGoesBackToTheQueue()
    {
        Desk d;
        QVERIFY(d.start());
        d.window()->findChild<QAction *>(u"transferAction"_s)->trigger();
        TransferDialog *dialog = d.window()->transferDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *status = dialog->findChild<QLabel *>(u"transferStatus"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"No colleague is online just now."_s, kWait);
        QVERIFY(!dialog->findChild<QRadioButton *>(u"transferToAgent"_s)->isEnabled());
        auto *skills = dialog->findChild<QComboBox *>(u"transferSkills"_s);
        QVERIFY(skills->findText(u"general"_s) >= 0); // from the demo customers' earlier visits
        skills->setCurrentIndex(skills->findText(u"general"_s));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.hub().store().conversation(d.maya)->assignedAgentId().isEmpty(),
                                 kWait);
        QCOMPARE(d.hub().store().conversation(d.maya)->skill, u"general"_s);
        // Back in the list, waiting for an agent.
        QTRY_VERIFY_WITH_TIMEOUT(d.demo.desk->session()->canAccept(d.maya), kWait);
    }
};

QTEST_MAIN(ConversationToolsTest)
#include "ConversationToolsTest.moc"
