// The supervisor's live view in the desk window, offscreen against a real hub: the filters over
// every open conversation, who handles each; monitoring a conversation (no read receipt, nothing
// to the customer, private notes to the agent); joining as manager to write to the customer and
// leaving again; and what the agent's own window shows of it.
#include "DemoDesk.h"
#include "MainWindow.h"
#include "TestDesk.h"
#include "TestHub.h"
#include "chat/BubbleDelegate.h"
#include "composer/ComposerEdit.h"
#include "conversation/ConversationFilterModel.h"
#include "conversation/DeskSession.h"
#include "conversations/ConversationDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace Signet;
using namespace Signet::Hub;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

// Maya (Apple, billing) with Ana, verified; Ola (web chat, general) with Bo, her sign-in expired
// and answered; Rosa (Apple, cards) waiting for an agent.
struct Floor
{
    TestHub hub;
    QString ana, sam, maya, ola, rosa;

    QString start(const QString &id, const QString &name, ChannelType channel, const QString &skill,
                  const QString &text)
    {
        ConsumerRecord c;
        c.id = id;
        c.firstName = name;
        c.context.channel = channel;
        if (channel == ChannelType::AppleMessages)
            c.context.clientProperties = {u"iOS"_s, u"17.4"_s, u"MOBILE"_s, {}};
        Result<QString> convId = hub.hub().startConversation(c, text, skill);
        return convId ? convId.value() : QString();
    }

    bool build()
    {
        if (!hub.addUser(u"ana"_s, kPassword) || !hub.addUser(u"bo"_s, kPassword) ||
            !hub.addUser(u"sam"_s, kPassword, u"supervisor"_s))
            return false;
        ana = hub.hub().store().agentByName(u"ana"_s)->id;
        sam = hub.hub().store().agentByName(u"sam"_s)->id;
        const QString bo = hub.hub().store().agentByName(u"bo"_s)->id;
        maya = start(u"maya"_s, u"Maya"_s, ChannelType::AppleMessages, u"billing"_s,
                     u"I was charged twice."_s);
        ola = start(u"ola"_s, u"Ola"_s, ChannelType::WebChat, u"general"_s, u"Where is it?"_s);
        rosa = start(u"rosa"_s, u"Rosa"_s, ChannelType::AppleMessages, u"cards"_s,
                     u"My card was declined."_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto verify = [&](const QString &convId, qint64 expiresAt) {
            return hub.hub()
                .recordVerifiedIdentity(convId, QJsonObject{{"issuer"_L1, "https://idp.example"_L1},
                                                            {"subject"_L1, convId},
                                                            {"assurance"_L1, "hub"_L1},
                                                            {"name"_L1, "Verified"_L1},
                                                            {"expiresAt"_L1, expiresAt}})
                .ok();
        };
        Event answer;
        answer.message = u"It left the warehouse today."_s;
        return hub.hub().assign(maya, ana) && hub.hub().assign(ola, bo) &&
               verify(maya, now + 3600000) && verify(ola, now - 60000) &&
               hub.hub().publish(ola, bo, ParticipantRole::AssignedAgent, answer, {}).ok();
    }

    int eventsFrom(const QString &convId, const QString &userId, Event::Type type)
    {
        int n = 0;
        for (const MessagingEvent &e : hub.hub().store().events(convId, -1, 1000))
            n += e.originatorId == userId && e.event.type == type ? 1 : 0;
        return n;
    }
};

// The floor with Sam (supervisor) and Ana (agent) online, and a desk window for one of them.
struct Room
{
    Floor f;
    bool built = f.build();
    TestDesk sam{f.hub, u"sam"_s};
    TestDesk ana{f.hub, u"ana"_s};
    Ui::MainWindow window;

    bool showAs(TestDesk &desk)
    {
        if (!built || !sam.online() || !ana.online())
            return false;
        window.setSession(desk.session.get());
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
};

QStringList namesShown(QListView *list)
{
    QStringList names;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        names << list->model()
                     ->index(row, 0)
                     .data(ConversationListModel::CustomerNameRole)
                     .toString();
    names.sort();
    return names;
}

void choose(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(u"no \"%1\" in %2"_s.arg(text, box->objectName())));
    box->setCurrentIndex(index);
}

} // namespace

class LiveViewTest : public QObject
{
    Q_OBJECT
private slots:
    void theSupervisorFiltersTheFloor()
    {
        Room room;
        QVERIFY(room.showAs(room.sam));
        Floor &f = room.f;
        Ui::MainWindow &window = room.window;
        auto *list = window.findChild<QListView *>(u"conversationList"_s);
        QTRY_COMPARE_WITH_TIMEOUT(namesShown(list), (QStringList{u"Maya"_s, u"Ola"_s, u"Rosa"_s}),
                                  kWait);
        QVERIFY(window.findChild<QWidget *>(u"liveFilterBar"_s)->isVisible());
        auto *count = window.findChild<QLabel *>(u"liveFilterCount"_s);
        QCOMPARE(count->text(), u"All 3 shown"_s);
        // Each row says who handles it, by name.
        const QModelIndex maya = list->model()->index(rowOfCustomer(list, u"Maya"_s), 0);
        QTRY_COMPARE_WITH_TIMEOUT(Ui::ConversationDelegate::agentsText(maya), u"ana"_s, kWait);
        QCOMPARE(Ui::ConversationDelegate::agentsText(
                     list->model()->index(rowOfCustomer(list, u"Rosa"_s), 0)),
                 u"Waiting for an agent"_s);

        auto *channel = window.findChild<QComboBox *>(u"channelFilter"_s);
        auto *agent = window.findChild<QComboBox *>(u"agentFilter"_s);
        auto *skill = window.findChild<QComboBox *>(u"skillFilter"_s);
        auto *wait = window.findChild<QComboBox *>(u"waitFilter"_s);
        auto *auth = window.findChild<QComboBox *>(u"authFilter"_s);
        choose(channel, u"Web chat"_s);
        QCOMPARE(namesShown(list), QStringList{u"Ola"_s});
        QCOMPARE(count->text(), u"1 of 3 shown"_s);
        choose(channel, u"All channels"_s);
        QTRY_VERIFY_WITH_TIMEOUT(agent->findText(u"bo"_s) >= 0, kWait);
        choose(agent, u"ana"_s);
        QCOMPARE(namesShown(list), QStringList{u"Maya"_s});
        choose(agent, u"Waiting for an agent"_s);
        QCOMPARE(namesShown(list), QStringList{u"Rosa"_s});
        choose(agent, u"All agents"_s);
        choose(skill, u"cards"_s);
        QCOMPARE(namesShown(list), QStringList{u"Rosa"_s});
        choose(skill, u"All skills"_s);
        choose(auth, u"Authenticated"_s);
        QCOMPARE(namesShown(list), QStringList{u"Maya"_s});
        choose(auth, u"Sign-in expired"_s);
        QCOMPARE(namesShown(list), QStringList{u"Ola"_s});
        choose(auth, u"Not authenticated"_s);
        QCOMPARE(namesShown(list), QStringList{u"Rosa"_s});
        choose(auth, u"Any sign-in"_s);
        // Six minutes on, Maya and Rosa have waited 5 min+; Ola was answered.
        window.liveFilter()->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(360); });
        choose(wait, u"Waiting 5 min+"_s);
        QCOMPARE(namesShown(list), (QStringList{u"Maya"_s, u"Rosa"_s}));
        window.findChild<QToolButton *>(u"clearLiveFilters"_s)->click();
        QCOMPARE(namesShown(list), (QStringList{u"Maya"_s, u"Ola"_s, u"Rosa"_s}));

        // Choosing a conversation hidden by a filter shows everything again, not nothing.
        choose(channel, u"Web chat"_s);
        window.selectConversation(f.maya);
        QCOMPARE(window.currentConversation(), f.maya);
        QCOMPARE(list->model()->rowCount(), 3);
    }

    void theSupervisorMonitorsCoachesJoinsAndLeaves()
    {
        Room room;
        QVERIFY(room.showAs(room.sam));
        Floor &f = room.f;
        TestDesk &sam = room.sam;
        TestDesk &ana = room.ana;
        Ui::MainWindow &window = room.window;
        auto *list = window.findChild<QListView *>(u"conversationList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfCustomer(list, u"Maya"_s) >= 0, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(sam.session->messages(f.maya)->rowCount() == 1, kWait);
        window.selectConversation(f.maya);
        QCOMPARE(window.currentConversation(), f.maya);

        // Monitoring: the bar says so, only notes can be written, nothing is marked read.
        auto *bar = window.findChild<QWidget *>(u"monitorBar"_s);
        auto *text = window.findChild<QLabel *>(u"monitorText"_s);
        auto *join = window.findChild<QPushButton *>(u"joinButton"_s);
        auto *leave = window.findChild<QPushButton *>(u"leaveButton"_s);
        auto *note = window.findChild<QAction *>(u"privateNoteAction"_s);
        auto *composer = window.findChild<Ui::ComposerEdit *>(u"composer"_s);
        auto *send = window.findChild<QPushButton *>(u"sendButton"_s);
        QVERIFY(bar->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(text->text().startsWith(u"Monitoring: ana and the customer"_s),
                                 kWait);
        QVERIFY(join->isVisible() && !leave->isVisible());
        QVERIFY(note->isChecked() && !note->isEnabled());
        QVERIFY(composer->isEnabled());
        QCOMPARE(send->text(), u"Send &Note"_s);

        // A note to Ana: it reaches her desk, and nothing reaches the customer. Her desk announces
        // only what arrives after it loaded the history, so wait for that first.
        QTRY_VERIFY_WITH_TIMEOUT(ana.session->hasLoaded(f.maya), kWait);
        QSignalSpy notes(ana.session.get(), &DeskSession::privateNoteArrived);
        composer->setFocus();
        QTest::keyClicks(composer, u"Offer the refund now."_s);
        send->click();
        QTRY_COMPARE_WITH_TIMEOUT(notes.size(), 1, kWait);
        QCOMPARE(notes.first().at(2).toString(), u"Offer the refund now."_s);
        // Sam's transcript shows the note as his, by name.
        auto *transcript = window.findChild<QListView *>(u"transcript"_s);
        auto *bubbles = static_cast<Ui::BubbleDelegate *>(transcript->itemDelegate());
        QTRY_COMPARE_WITH_TIMEOUT(bubbles->viewOf(transcript->model()->index(1, 0)).label,
                                  u"Private note · sam"_s, kWait);
        QCOMPARE(f.eventsFrom(f.maya, f.sam, Event::Type::AcceptStatus), 0);
        const MessagingEvent stored = f.hub.hub().store().events(f.maya, -1, 100).last();
        QVERIFY(stored.event.agentsOnly);
        QCOMPARE(f.hub.hub().store().lastContentEvent(f.maya)->event.message,
                 u"I was charged twice."_s);

        // Join as manager: the composer now writes to the customer.
        join->click();
        QTRY_VERIFY_WITH_TIMEOUT(leave->isVisible(), kWait);
        QVERIFY(!join->isVisible());
        QCOMPARE(text->text(), u"You joined as manager: the customer sees what you send."_s);
        QVERIFY(!note->isChecked() && note->isEnabled());
        QCOMPARE(send->text(), u"&Send"_s);
        QTest::keyClicks(composer, u"Hello Maya, I am Ana's supervisor."_s);
        send->click();
        QTRY_COMPARE_WITH_TIMEOUT(f.hub.hub().store().lastContentEvent(f.maya)->originatorRole,
                                  ParticipantRole::Manager, kWait);
        QCOMPARE(f.eventsFrom(f.maya, f.sam, Event::Type::AcceptStatus), 0);

        // Leave: back to monitoring.
        leave->click();
        QTRY_VERIFY_WITH_TIMEOUT(join->isVisible(), kWait);
        QVERIFY(note->isChecked() && !note->isEnabled());
        QVERIFY(f.hub.hub().store().conversation(f.maya)->managerIds().isEmpty());
    }

    void theAgentSeesNotesAndWhoJoined()
    {
        Room room;
        QVERIFY(room.showAs(room.ana));
        Floor &f = room.f;
        TestDesk &sam = room.sam;
        TestDesk &ana = room.ana;
        Ui::MainWindow &window = room.window;
        // No live-view filters for an agent.
        QVERIFY(!window.findChild<QWidget *>(u"liveFilterBar"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(ana.session->conversations()->rowOf(f.maya) >= 0, kWait);
        window.selectConversation(f.maya);
        QVERIFY(!window.findChild<QWidget *>(u"monitorBar"_s)->isVisible());
        // Ana may answer a note privately, or write to Maya.
        auto *note = window.findChild<QAction *>(u"privateNoteAction"_s);
        QVERIFY(note->isEnabled() && !note->isChecked());

        QTRY_VERIFY_WITH_TIMEOUT(sam.session->messages(f.maya) != nullptr, kWait);
        sam.session->sendText(f.maya, u"Check the second charge."_s, true);
        auto *transcript = window.findChild<QListView *>(u"transcript"_s);
        QTRY_COMPARE_WITH_TIMEOUT(transcript->model()->rowCount(), 2, kWait);
        auto *bubbles = static_cast<Ui::BubbleDelegate *>(transcript->itemDelegate());
        QTRY_COMPARE_WITH_TIMEOUT(bubbles->viewOf(transcript->model()->index(1, 0)).label,
                                  u"Private note · sam"_s, kWait);
        QVERIFY(bubbles->viewOf(transcript->model()->index(1, 0)).privateNote);

        // Her private answer goes out as a note.
        note->setChecked(true);
        auto *composer = window.findChild<Ui::ComposerEdit *>(u"composer"_s);
        QTest::keyClicks(composer, u"On it."_s);
        window.findChild<QPushButton *>(u"sendButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(sam.session->messages(f.maya)->rowCount(), 3, kWait);
        QVERIFY(sam.session->messages(f.maya)->messageAt(2).agentsOnly);

        // A note about another conversation shows in the status bar.
        QVERIFY(f.hub.hub().assign(f.rosa, f.ana).ok());
        QTRY_VERIFY_WITH_TIMEOUT(sam.session->messages(f.rosa) != nullptr, kWait);
        sam.session->sendText(f.rosa, u"Rosa is a long-time customer."_s, true);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().startsWith(u"Private note from sam about Rosa"_s),
            kWait);
    }
};

QTEST_MAIN(LiveViewTest)
#include "LiveViewTest.moc"
