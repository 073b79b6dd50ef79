// signet://conversation/<id> links and the single desk: a link opens its conversation in the
// window, or waits for it when it is followed before the hub has sent it; a bad link is said in the
// status bar. And with the real signet binary: a second launch hands its link to the running desk
// and exits, a malformed link is refused before anything starts; --startup-time (what ./dev.sh
// bench compares with Chromium) paints the window, says when, and quits.
#include "DemoDesk.h"
#include "HubServer.h"
#include "instance/DeskLink.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Signet;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

QString link(const QString &convId)
{
    return DeskLink::forConversation(convId).toString();
}

// The real signet binary as a user of its own: home, runtime, data and settings in home, offscreen,
// no session bus.
QProcessEnvironment userOf(const QTemporaryDir &home)
{
    QDir(home.path()).mkpath(u"run"_s);
    QFile::setPermissions(home.filePath(u"run"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"run"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    return env;
}
} // namespace

class DeepLinkTest : public QObject
{
    Q_OBJECT
private slots:
    void aLinkOpensItsConversation()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window();
        ConversationListModel *list = demo.desk->session()->conversations();
        QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() >= 2, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!window->currentConversation().isEmpty(), kWait);
        QString other;
        for (const QString &id : list->conversationIds()) {
            if (id != window->currentConversation())
                other = id;
        }
        window->showMinimized();
        demo.desk->openLinks({link(other)});
        QCOMPARE(window->currentConversation(), other);
        QVERIFY(!window->isMinimized());
    }

    void aLinkFollowedBeforeItsConversationArrivedWaitsForIt()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window();
        QTRY_VERIFY_WITH_TIMEOUT(demo.desk->session()->conversations()->rowCount() >= 1, kWait);
        Hub::ConsumerRecord customer;
        customer.id = u"noor"_s;
        customer.firstName = u"Noor"_s;
        Result<QString> convId =
            demo.desk->embeddedHub()->startConversation(customer, u"I was sent a link"_s);
        QVERIFY(convId.ok());
        // Followed before the hub's notification reached the desk.
        QCOMPARE(demo.desk->session()->conversations()->rowOf(convId.value()), -1);
        demo.desk->openLinks({link(convId.value())});
        QTRY_COMPARE_WITH_TIMEOUT(window->currentConversation(), convId.value(), kWait);
    }

    void aBadLinkIsSaid()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        demo.desk->openLinks({u"signet://review/abc"_s});
        QVERIFY2(demo.window()->statusBar()->currentMessage().contains(
                     u"Signet links look like signet://conversation/<id>"_s),
                 qPrintable(demo.window()->statusBar()->currentMessage()));
    }

    void aSecondLaunchHandsItsLinkToTheRunningDesk()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = userOf(home);
        QVERIFY(QDir(home.filePath(u"run"_s)).exists());
        auto launch = [&](const QStringList &arguments) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(SIGNET_DESK_BINARY), arguments);
            return process;
        };

        auto first = launch({u"--demo"_s, u"--data-dir"_s, home.filePath(u"hub"_s)});
        QVERIFY(first->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(home.filePath(u"run"_s))
                                      .entryList({u"signet-*.socket"_s}, QDir::System)
                                      .isEmpty(),
                                 kWait);

        auto second = launch({link(u"0f6c1e2a-demo"_s)});
        QVERIFY(second->waitForFinished(kWait));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(second->readAllStandardOutput().contains("Signet is already running"),
                 second->readAllStandardError().constData());
        QCOMPARE(first->state(), QProcess::Running);

        auto bad = launch({u"signet://conversation/<script>"_s});
        QVERIFY(bad->waitForFinished(kWait));
        QCOMPARE(bad->exitCode(), 2);
        QVERIFY(bad->readAllStandardError().contains("is not a conversation id"));

        // Killed without a chance to clean up: its lock and socket stay behind. The next launch
        // sees the lock is stale and becomes the desk; a launch after it is handed over to it.
        first->kill();
        QVERIFY(first->waitForFinished(kWait));
        auto next = launch({u"--demo"_s, u"--data-dir"_s, home.filePath(u"hub"_s)});
        QVERIFY(next->waitForStarted());
        QTest::qWait(500);
        QCOMPARE(next->state(), QProcess::Running);
        auto handed = launch({});
        QVERIFY(handed->waitForFinished(kWait));
        QCOMPARE(handed->exitCode(), 0);
        QVERIFY(handed->readAllStandardOutput().contains("Signet is already running"));
        next->kill();
        QVERIFY(next->waitForFinished(kWait));
    }

    void startupTimeIsSaidOnceTheWindowIsPainted()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = userOf(home);
        QVERIFY(QDir(home.filePath(u"run"_s)).exists());
        QProcess desk;
        desk.setProcessEnvironment(env);
        desk.start(QStringLiteral(SIGNET_DESK_BINARY),
                   {u"--startup-time"_s, u"--data-dir"_s, home.filePath(u"hub"_s)});
        QVERIFY(desk.waitForFinished(kWait * 2));
        QCOMPARE(desk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(desk.exitCode(), 0);
        const QString said = QString::fromUtf8(desk.readAllStandardOutput());
        const QRegularExpressionMatch match =
            QRegularExpression(u"^first window painted ([0-9.]+) ms after main\\(\\)\n$"_s)
                .match(said);
        QVERIFY2(match.hasMatch(), qPrintable(said));
        QVERIFY(match.captured(1).toDouble() > 0);
    }

    void helpAndVersionNeedNoDisplay()
    {
        // A machine without a display: X11 asked for, none there. Starting the GUI would abort.
        QTemporaryDir home;
        QProcessEnvironment env = userOf(home);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        const auto run = [&env](const QStringList &arguments) {
            QProcess desk;
            desk.setProcessEnvironment(env);
            desk.start(QStringLiteral(SIGNET_DESK_BINARY), arguments);
            desk.waitForFinished(kWait);
            return std::pair{desk.exitCode(), QString::fromUtf8(desk.readAllStandardOutput() +
                                                                desk.readAllStandardError())};
        };
        const auto [versionCode, version] = run({u"--version"_s});
        QCOMPARE(versionCode, 0);
        QVERIFY2(version.startsWith(u"signet "_s), qPrintable(version));
        const auto [helpCode, help] = run({u"--help"_s});
        QCOMPARE(helpCode, 0);
        QVERIFY2(help.contains(u"--server"_s) && help.contains(u"Usage:"_s), qPrintable(help));
        // Anything else does need the display, and says so.
        const auto [guiCode, gui] = run({u"--data-dir"_s, home.filePath(u"hub"_s)});
        QVERIFY(guiCode != 0);
    }
};

QTEST_MAIN(DeepLinkTest)
#include "DeepLinkTest.moc"
