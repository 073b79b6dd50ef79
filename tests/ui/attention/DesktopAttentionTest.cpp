// The desk on the desktop, on a private D-Bus session bus with a notification service of the
// test's own (what GNOME Shell, Plasma or dunst would be): notices become notifications that are
// replaced in place and closed when withdrawn; customer text is escaped for services that read
// markup and can be kept off the screen; clicking a notification opens its conversation and an
// offer's Accept accepts it; the count reaches the window title, the tray icon and the dock entry;
// a desk without a notification service carries on. Runs under tests/support/with-session-bus.sh.
#include "attention/DesktopAttention.h"
#include "MainWindow.h"
#include "TestDesk.h"
#include "TestHub.h"
#include "attention/FreedesktopNotifier.h"
#include "attention/TrayIcon.h"
#include "conversation/Attention.h"
#include "conversation/DeskSession.h"
#include "settings/DeskSettings.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Signet;
using namespace Signet::Test;
using namespace Qt::StringLiterals;
using Notice = Attention::Notice;

namespace {
constexpr int kWait = 15000;
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;

// The notification service, as the desktop would run it: it records every call.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString app;
        uint replaces = 0;
        QString icon, summary, body;
        QStringList actions;
        QVariantMap hints;
        uint id = 0;
    };
    QList<Shown> shown;
    QList<uint> closed;
    QStringList capabilities{u"actions"_s, u"body"_s};
    QDBusConnection bus;

    explicit FakeNotifications(const QString &connectionName)
        : bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName))
    {}
    ~FakeNotifications() override
    {
        bus.unregisterObject(kPath);
        bus.unregisterService(kService);
        QDBusConnection::disconnectFromBus(bus.name());
    }
    bool start()
    {
        return bus.isConnected() &&
               bus.registerObject(kPath, this,
                                  QDBusConnection::ExportAllSlots |
                                      QDBusConnection::ExportAllSignals) &&
               bus.registerService(kService);
    }
    // What the service holds on screen now: the newest Notify per id, less the closed ones.
    QHash<uint, Shown> onScreen() const
    {
        QHash<uint, Shown> out;
        for (const Shown &s : shown)
            out.insert(s.id, s);
        for (uint id : closed)
            out.remove(id);
        return out;
    }
    void click(uint id, const QString &action) { emit ActionInvoked(id, action); }

public slots:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int)
    {
        Shown s{app, replaces, icon, summary, body, actions, hints, replaces};
        if (s.id == 0)
            s.id = ++m_next;
        shown << s;
        return s.id;
    }
    void CloseNotification(uint id)
    {
        closed << id;
        emit NotificationClosed(id, 3);
    }

signals:
    void ActionInvoked(uint id, const QString &action);
    void NotificationClosed(uint id, uint reason);

private:
    uint m_next = 0;
};

// Hears the dock badge (com.canonical.Unity.LauncherEntry.Update) on the bus.
class LauncherListener : public QObject
{
    Q_OBJECT
public:
    QString app;
    QVariantMap last;
    int updates = 0;
    bool listen()
    {
        return QDBusConnection::sessionBus().connect(
            QString(), QString(), u"com.canonical.Unity.LauncherEntry"_s, u"Update"_s, this,
            SLOT(onUpdate(QString, QVariantMap)));
    }
public slots:
    void onUpdate(const QString &appUri, const QVariantMap &properties)
    {
        app = appUri;
        last = properties;
        ++updates;
    }
};

Notice notice(const QString &convId, const QString &title, const QString &body,
              Notice::Kind kind = Notice::Kind::Message)
{
    Notice n;
    n.kind = kind;
    n.convId = convId;
    n.title = title;
    n.body = body;
    return n;
}

// A window on a real hub for ana, with the desk's desktop attention on the private bus.
struct Room
{
    TestHub hub;
    QTemporaryDir dir;
    DeskSettings settings{dir.filePath(u"settings.ini"_s)};
    std::unique_ptr<TestDesk> ana;
    Ui::MainWindow window;
    Ui::FreedesktopNotifier notifier{QDBusConnection::sessionBus()};
    std::unique_ptr<Ui::DesktopAttention> desktop;

    bool start()
    {
        if (!hub.ok() || !hub.addUser(u"ana"_s, kPassword))
            return false;
        settings.setTrayIcon(false);
        desktop = std::make_unique<Ui::DesktopAttention>(&window, &notifier, &settings,
                                                         QDBusConnection::sessionBus());
        ana = std::make_unique<TestDesk>(hub, u"ana"_s);
        window.setSession(ana->session.get());
        window.show();
        return ana->online() && QTest::qWaitForWindowExposed(&window);
    }
    QString anaId() { return hub.hub().store().agentByName(u"ana"_s)->id; }
};

} // namespace

class DesktopAttentionTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run under tests/support/with-session-bus.sh");
    }

    void noticesAreReplacedInPlaceAndClosedWhenWithdrawn()
    {
        FakeNotifications service(u"service-1"_s);
        QVERIFY(service.start());
        Ui::FreedesktopNotifier notifier(QDBusConnection::sessionBus());

        notifier.show(notice(u"c1"_s, u"Maya Tester"_s, u"First"_s), {});
        QVERIFY(spinUntil([&] { return service.shown.size() == 1; }, kWait));
        const FakeNotifications::Shown first = service.shown.at(0);
        QCOMPARE(first.app, u"Signet"_s);
        QCOMPARE(first.replaces, 0u);
        QCOMPARE(first.icon, u"signet"_s);
        QCOMPARE(first.summary, u"Maya Tester"_s);
        QCOMPARE(first.body, u"First"_s);
        QCOMPARE(first.actions, (QStringList{u"default"_s, u"Open"_s}));
        QCOMPARE(first.hints.value(u"desktop-entry"_s).toString(), u"signet"_s);
        QCOMPARE(first.hints.value(u"category"_s).toString(), u"im.received"_s);
        QCOMPARE(first.hints.value(u"urgency"_s).toInt(), 1);
        QCOMPARE(first.hints.value(u"suppress-sound"_s).toBool(), true);
        QVERIFY(!first.hints.contains(u"sound-name"_s));

        // Three quick updates while the first answer may still be on its way: one notification.
        Notice later = notice(u"c1"_s, u"Maya Tester (2 new messages)"_s, u"Second"_s);
        notifier.show(later, {});
        later.title = u"Maya Tester (3 new messages)"_s;
        later.body = u"Third"_s;
        notifier.show(later, {true, true});
        QVERIFY(spinUntil([&] { return service.shown.last().body == u"Third"_s; }, kWait));
        QCOMPARE(service.onScreen().size(), 1);
        for (qsizetype i = 1; i < service.shown.size(); ++i)
            QCOMPARE(service.shown.at(i).replaces, first.id);
        QCOMPARE(service.shown.last().summary, u"Maya Tester (3 new messages)"_s);
        QCOMPARE(service.shown.last().hints.value(u"sound-name"_s).toString(),
                 u"message-new-instant"_s);

        // Another conversation is another notification; withdrawing closes only its own.
        notifier.show(notice(u"c2"_s, u"Leo Tester"_s, u"Hi"_s), {});
        QVERIFY(spinUntil([&] { return service.onScreen().size() == 2; }, kWait));
        notifier.withdraw(u"c1"_s);
        QVERIFY(spinUntil([&] { return service.closed == QList<uint>{first.id}; }, kWait));
        QCOMPARE(service.onScreen().size(), 1);
        QCOMPARE(service.onScreen().begin()->summary, u"Leo Tester"_s);

        // After it was closed, the conversation's next notice is a new notification.
        notifier.show(notice(u"c1"_s, u"Maya Tester"_s, u"Again"_s), {});
        QVERIFY(spinUntil([&] { return service.onScreen().size() == 2; }, kWait));
        QCOMPARE(service.shown.last().replaces, 0u);

        // Withdrawn before the service answered: shown and closed, never left behind.
        notifier.show(notice(u"c3"_s, u"Ola Tester"_s, u"Quick"_s), {});
        notifier.withdraw(u"c3"_s);
        QVERIFY(spinUntil([&] { return service.closed.size() == 2; }, kWait));
        QCOMPARE(service.onScreen().size(), 2);
    }

    void customerTextIsEscapedForMarkupAndCanBeKeptOffTheScreen()
    {
        FakeNotifications service(u"service-2"_s);
        service.capabilities << u"body-markup"_s;
        QVERIFY(service.start());
        // Shown at once: the notifier holds it until the service has said it reads markup.
        Ui::FreedesktopNotifier notifier(QDBusConnection::sessionBus());

        notifier.show(
            notice(u"c1"_s, u"Maya"_s, u"<a href=\"https://evil.example\">Tap</a> & go"_s), {});
        QVERIFY(spinUntil([&] { return service.shown.size() == 1; }, kWait));
        QCOMPARE(service.shown.at(0).body,
                 u"&lt;a href=&quot;https://evil.example&quot;&gt;Tap&lt;/a&gt; &amp; go"_s);

        Ui::DesktopNotifier::Style discreet;
        discreet.showText = false;
        notifier.show(notice(u"c2"_s, u"Leo"_s, u"My card number is 4111…"_s), discreet);
        notifier.show(notice(u"c3"_s, u"New conversation: Ola"_s, u"My account is 1234"_s,
                             Notice::Kind::Offer),
                      discreet);
        QVERIFY(spinUntil([&] { return service.shown.size() == 3; }, kWait));
        QCOMPARE(service.shown.at(1).summary, u"Leo"_s);
        QCOMPARE(service.shown.at(1).body, u"Open Signet to read it."_s);
        QCOMPARE(service.shown.at(2).body, u"A customer is waiting for an agent."_s);
        for (const auto &s : std::as_const(service.shown))
            QVERIFY(!s.body.contains(u"4111"_s) && !s.body.contains(u"1234"_s));
        // An offer can be accepted from the notification, and it is urgent.
        QCOMPARE(service.shown.at(2).actions,
                 (QStringList{u"default"_s, u"Open"_s, u"accept"_s, u"Accept"_s}));
        QCOMPARE(service.shown.at(2).hints.value(u"urgency"_s).toInt(), 2);
        QCOMPARE(service.shown.at(2).hints.value(u"category"_s).toString(), u"im"_s);
    }

    void clickingANotificationOpensItsConversation()
    {
        FakeNotifications service(u"service-3"_s);
        QVERIFY(service.start());
        LauncherListener launcher;
        QVERIFY(launcher.listen());
        Room room;
        QVERIFY(room.start());
        const QString maya = room.hub.startCustomer(u"maya"_s, u"Maya"_s, u"Hello"_s);
        const QString leo = room.hub.startCustomer(u"leo"_s, u"Leo"_s, u"Hi"_s);
        // Accepted at the desk (a conversation assigned by someone else is announced as a
        // transfer, which is not what this test is about).
        QVERIFY(spinUntil(
            [&] { return room.ana->session->canAccept(maya) && room.ana->session->canAccept(leo); },
            kWait));
        QVERIFY(awaitStatus([&](auto done) { room.ana->session->accept(maya, done); }).ok());
        QVERIFY(awaitStatus([&](auto done) { room.ana->session->accept(leo, done); }).ok());
        service.shown.clear(); // the two offers
        QVERIFY(spinUntil(
            [&] {
                return room.ana->session->messages(maya) &&
                       room.ana->session->messages(maya)->rowCount() == 1 &&
                       room.ana->session->messages(leo) &&
                       room.ana->session->messages(leo)->rowCount() == 1;
            },
            kWait));
        room.window.selectConversation(leo);
        QCOMPARE(room.window.currentConversation(), leo);

        QVERIFY(room.hub.hub().consumerSend(maya, u"Are you there?"_s).ok());
        QVERIFY(spinUntil([&] { return service.onScreen().size() == 1; }, kWait));
        const FakeNotifications::Shown shown = service.onScreen().begin().value();
        QCOMPARE(shown.summary, u"Maya Tester"_s);
        QCOMPARE(shown.body, u"Are you there?"_s);
        // The count is on the window title and the dock entry.
        // (Maya's first message was read: her conversation was the first one shown.)
        QVERIFY2(spinUntil([&] { return room.window.windowTitle() == u"Signet (1)"_s; }, kWait),
                 qPrintable(room.window.windowTitle()));
        QVERIFY(
            spinUntil([&] { return launcher.last.value(u"count"_s).toLongLong() == 1; }, kWait));
        QCOMPARE(launcher.app, u"application://signet.desktop"_s);
        QCOMPARE(launcher.last.value(u"count-visible"_s).toBool(), true);

        service.click(shown.id, u"default"_s);
        QVERIFY(spinUntil([&] { return room.window.currentConversation() == maya; }, kWait));
        QVERIFY(room.window.isVisible());
    }

    void anOffersAcceptButtonAcceptsIt()
    {
        FakeNotifications service(u"service-4"_s);
        QVERIFY(service.start());
        Room room;
        QVERIFY(room.start());
        const QString rosa = room.hub.startCustomer(u"rosa"_s, u"Rosa"_s, u"My card?"_s);
        QVERIFY(spinUntil(
            [&] {
                const auto s = service.onScreen();
                return s.size() == 1 && s.begin()->summary == u"New conversation: Rosa Tester"_s;
            },
            kWait));
        QCOMPARE(room.desktop->tray()->toolTip(), u"Signet: 1 new conversation(s)"_s);
        const uint id = service.onScreen().begin().key();
        service.click(id, u"accept"_s);
        QVERIFY(spinUntil([&] { return room.ana->session->isAssignedToMe(rosa); }, kWait));
        QCOMPARE(room.window.currentConversation(), rosa);
        // The offer is over: its notification is closed.
        QVERIFY(spinUntil([&] { return service.closed.contains(id); }, kWait));
    }

    void theSwitchesInTheSettingsMenuAreHonoured()
    {
        FakeNotifications service(u"service-5"_s);
        QVERIFY(service.start());
        Room room;
        QVERIFY(room.start());
        auto *notifications = room.window.findChild<QAction *>(u"notificationsAction"_s);
        auto *text = room.window.findChild<QAction *>(u"notificationTextAction"_s);
        QVERIFY(notifications && text);
        QVERIFY(notifications->isChecked() && text->isChecked());
        text->trigger(); // off: who wrote, not what
        QVERIFY(!room.settings.notificationText());
        room.hub.startCustomer(u"maya"_s, u"Maya"_s, u"Secret stuff"_s);
        QVERIFY(spinUntil([&] { return service.shown.size() >= 1; }, kWait));
        QCOMPARE(service.shown.last().body, u"A customer is waiting for an agent."_s);

        notifications->trigger(); // off altogether
        QVERIFY(!room.settings.desktopNotifications());
        const qsizetype before = service.shown.size();
        room.hub.startCustomer(u"leo"_s, u"Leo"_s, u"Hello"_s);
        QVERIFY(spinUntil([&] { return room.window.attention()->offers() == 2; }, kWait));
        QTest::qWait(200);
        QCOMPARE(service.shown.size(), before);
    }

    void withoutANotificationServiceTheDeskCarriesOn()
    {
        Ui::FreedesktopNotifier notifier(QDBusConnection::sessionBus());
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService));
        notifier.show(notice(u"c1"_s, u"Maya"_s, u"Hello"_s), {});
        QVERIFY(spinUntil([&] { return !notifier.isAvailable(); }, kWait));
        notifier.show(notice(u"c1"_s, u"Maya"_s, u"Again"_s), {}); // no tray: nothing, no error
        notifier.withdraw(u"c1"_s);
    }

    void theTrayIconCountsAndSaysWhat()
    {
        QPalette palette;
        palette.setColor(QPalette::Highlight, QColor(0, 0, 255));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::WindowText, Qt::black);
        auto badgePixels = [&](const QImage &image) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    n += c.blue() > 200 && c.red() < 60 && c.alpha() > 200;
                }
            }
            return n;
        };
        const QImage none = Ui::TrayIcon::render(0, 32, palette);
        const QImage five = Ui::TrayIcon::render(5, 32, palette);
        const QImage many = Ui::TrayIcon::render(150, 32, palette);
        QCOMPARE(badgePixels(none), 0);
        QVERIFY(badgePixels(five) > 40);
        QVERIFY(badgePixels(many) >= badgePixels(five)); // "99+" needs the wider badge
        // The badge sits at the top right.
        QCOMPARE(five.pixelColor(31 - 4, 8).blue() > 200 || five.pixelColor(31 - 8, 8).blue() > 200,
                 true);

        Ui::TrayIcon tray;
        QCOMPARE(tray.toolTip(), u"Signet: nothing waiting"_s);
        tray.setCounts(3, 1);
        QCOMPARE(tray.toolTip(), u"Signet: 1 new conversation(s), 3 unread message(s)"_s);
        QCOMPARE(Ui::DesktopAttention::windowTitle(0), u"Signet"_s);
        QCOMPARE(Ui::DesktopAttention::windowTitle(4), u"Signet (4)"_s);
    }
};

QTEST_MAIN(DesktopAttentionTest)
#include "DesktopAttentionTest.moc"
