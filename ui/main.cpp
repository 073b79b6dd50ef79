// signet: the composition root. Parses the command line, picks the concrete services (OS keychain,
// settings, embedded hub or server) and shows the window; all logic lives in the libraries.
#include "DeskApp.h"
#include "DeskCommandLine.h"
#include "MainWindow.h"
#include "Translations.h"
#include "instance/SingleInstance.h"
#include "keys/KeychainSecretStore.h"
#include "settings/DeskSettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

namespace {

// --startup-time: the first time the window's contents are painted (the top level's first update
// request, which paints every widget), say how long it took and quit.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer &sinceMain)
        : QObject(window)
        , m_sinceMain(sinceMain)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::UpdateRequest && !m_seen) {
            m_seen = true;
            // Runs once the update request has painted and flushed the window.
            QTimer::singleShot(0, this, [this] {
                QTextStream(stdout)
                    << QStringLiteral("first window painted %1 ms after main()\n")
                           .arg(double(m_sinceMain.nsecsElapsed()) / 1e6, 0, 'f', 1);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Signet"));
    QCoreApplication::setApplicationName(QStringLiteral("signet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNET_VERSION));
}

// --help and --version print and leave: they need no display, so they are answered before the
// GUI application (which would refuse to start without one) exists.
bool onlyAsksForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (onlyAsksForText(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameApplication();
        (void)Signet::Ui::parseDeskCommandLine(QCoreApplication::arguments()); // prints, exits
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Signet"));
    QApplication::setDesktopFileName(QStringLiteral("signet"));

    const Signet::Ui::DeskCommandLine command =
        Signet::Ui::parseDeskCommandLine(QApplication::arguments());
    // One desk per state directory: a second launch hands its links to the first and leaves.
    Signet::SingleInstance instance(command.options.stateDirectory);
    if (command.screenshotPath.isEmpty()) {
        const auto role = instance.start(command.links);
        if (role && role.value() == Signet::SingleInstance::Role::Secondary) {
            QTextStream(stdout) << QStringLiteral(
                "Signet is already running; it has the request.\n");
            return 0;
        }
        if (!role)
            QTextStream(stderr) << QStringLiteral("signet: %1\n").arg(role.error());
        if (!role && role.errorCode() == Signet::SingleInstance::kBusy)
            return 1; // two desks writing one outbox file would damage it
    }
    Signet::DeskSettings settings;
    Signet::Ui::installTranslations(settings.language());
    Signet::KeychainSecretStore keychain;
    Signet::Ui::DeskApp desk(command.options, &settings, &keychain);
    QObject::connect(&instance, &Signet::SingleInstance::argumentsReceived, &desk,
                     &Signet::Ui::DeskApp::openLinks);
    if (command.startupTime)
        new FirstPaint(desk.window(), sinceMain);
    desk.start();
    desk.window()->show();
    if (command.startupTime)
        return QApplication::exec();
    if (command.screenshotPath.isEmpty()) {
        desk.openLinks(command.links);
        return QApplication::exec();
    }
    int exitCode = 1;
    desk.setTourProgress(
        [](const QString &step) { QTextStream(stdout) << QStringLiteral("  %1\n").arg(step); });
    desk.takeScreenshot(
        command.screenshotPath, command.screenshotScene,
        [&exitCode, &command](const Signet::Status &status) {
            QTextStream(status ? stdout : stderr)
                << (status ? QStringLiteral("Saved %1\n").arg(command.screenshotPath)
                           : QStringLiteral("signet: screenshot failed: %1\n").arg(status.error()));
            exitCode = status ? 0 : 1;
            QApplication::quit();
        });
    QApplication::exec();
    return exitCode;
}
