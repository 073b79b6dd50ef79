#pragma once

#include "DeskApp.h"

namespace Signet::Ui {

struct DeskCommandLine
{
    DeskApp::Options options;
    QString screenshotPath; // --offscreen-screenshot
    DeskApp::ScreenshotScene screenshotScene = DeskApp::ScreenshotScene::Desk; // --screenshot-scene
    QStringList links;        // signet://conversation/<id> links to open (checked)
    bool startupTime = false; // --startup-time
};

// signet [--server URL] [--user NAME] [--demo] [--data-dir PATH] [--offscreen-screenshot FILE]
//        [--startup-time] [signet://conversation/ID …]
// Exits the process for --help, --version and invalid arguments, as QCommandLineParser does.
DeskCommandLine parseDeskCommandLine(const QStringList &arguments);

} // namespace Signet::Ui
