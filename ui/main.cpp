// signet: the composition root. Parses the command line, picks the concrete services (OS keychain,
// settings, embedded hub or server) and shows the window; all logic lives in the libraries.
#include "DeskApp.h"
#include "DeskCommandLine.h"
#include "MainWindow.h"
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
    Signet::DeskSettings settings;
    Signet::KeychainSecretStore keychain;
    Signet::Ui::DeskApp desk(command.options, &settings, &keychain);
    desk.start();
    if (command.screenshotPath.isEmpty()) {
        desk.window()->show();
        return QApplication::exec();
    }
    desk.window()->show();
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
