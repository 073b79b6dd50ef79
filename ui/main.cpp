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
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Signet"));
    QApplication::setApplicationName(QStringLiteral("signet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Signet"));
    QApplication::setApplicationVersion(QStringLiteral(SIGNET_VERSION));
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
    desk.start();
    desk.window()->show();
    if (command.screenshotPath.isEmpty()) {
        desk.openLinks(command.links);
        return QApplication::exec();
    }
    int exitCode = 1;
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
