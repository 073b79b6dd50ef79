#include "DeskCommandLine.h"

#include "instance/DeskLink.h"
#include "transport/CertificatePin.h"

#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

DeskCommandLine parseDeskCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Signet: the agent desk for authenticated conversations.\n"
        "With no server configured, Signet starts a demo hub on this computer with demo customers."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"server"_s,
                      u"Connect to this signet-hub (https://host:port); asks for the password."_s,
                      u"url"_s});
    parser.addOption({u"discovery-domain"_s,
                      u"Connect to a LivePerson-style account: the domain that tells where its "
                      "login and messaging servers are (host or host:port, over https); needs "
                      "--account."_s,
                      u"domain"_s});
    parser.addOption({u"account"_s,
                      u"The account ID for --discovery-domain (or the account on --server; "
                      "signet for a signet-hub)."_s,
                      u"id"_s});
    parser.addOption({u"user"_s, u"User name for --server or --discovery-domain."_s, u"name"_s});
    parser.addOption({u"fingerprint"_s,
                      u"With --server: trust exactly the server certificate with this SHA-256 "
                      "fingerprint (SHA256:AB:CD:…, as signet-hub prints it), even a self-signed "
                      "one."_s,
                      u"sha256"_s});
    parser.addOption({u"demo"_s, u"Use the built-in demo hub even if a server is configured."_s});
    parser.addOption({u"data-dir"_s, u"Where the built-in demo hub keeps its data."_s, u"path"_s});
    parser.addOption(
        {u"offscreen-screenshot"_s,
         u"Load the demo, accept and answer one conversation, save the window as PNG and exit."_s,
         u"file"_s});
    parser.addOption(
        {u"screenshot-scene"_s,
         u"With --offscreen-screenshot: desk (default), composer (the sign-in composer), "
         "signed-in (after the customer signed in), history (their earlier conversations), "
         "supervisor (the demo supervisor's live view) or review (the transcript review)."_s,
         u"scene"_s, u"desk"_s});
    parser.addOption({u"startup-time"_s,
                      u"Print how long the desk took from launch to its first painted window, "
                      "then quit (for measurements; ./dev.sh bench uses it)."_s});
    parser.addOption({u"theme"_s,
                      u"system, light or dark for this run (Settings → Preferences → Appearance "
                      "keeps the choice)."_s,
                      u"theme"_s});
    parser.addPositionalArgument(
        u"link"_s,
        u"signet://conversation/<id>: open that conversation (in the Signet already running, if "
        "there is one)."_s,
        u"[link…]"_s);
    parser.process(arguments);

    DeskCommandLine command;
    if (parser.isSet(u"server"_s)) {
        command.options.server = QUrl(parser.value(u"server"_s));
        if (!command.options.server.isValid() || command.options.server.host().isEmpty()) {
            std::fprintf(stderr,
                         "signet: --server needs a URL such as https://hub.example.com:8443\n");
            std::exit(2);
        }
    }
    if (parser.isSet(u"discovery-domain"_s)) {
        if (parser.isSet(u"server"_s)) {
            std::fprintf(stderr, "signet: --server and --discovery-domain: choose one\n");
            std::exit(2);
        }
        command.options.server = ServerEndpoint::discoveryUrl(parser.value(u"discovery-domain"_s));
        command.options.serverKind = ServerEndpoint::Kind::LivePersonAccount;
        if (!command.options.server.isValid()) {
            std::fprintf(stderr, "signet: --discovery-domain needs a host name such as "
                                 "adminlogin.liveperson.net (or host:port)\n");
            std::exit(2);
        }
        if (!parser.isSet(u"account"_s)) {
            std::fprintf(stderr, "signet: --discovery-domain needs --account ID\n");
            std::exit(2);
        }
    }
    command.options.account = parser.value(u"account"_s).trimmed();
    command.options.user = parser.value(u"user"_s);
    if (parser.isSet(u"fingerprint"_s)) {
        Result<QByteArray> pin = CertificatePin::parse(parser.value(u"fingerprint"_s));
        if (!pin) {
            std::fprintf(stderr, "signet: --fingerprint: %s\n", qPrintable(pin.error()));
            std::exit(2);
        }
        command.options.certificatePin = pin.value();
    }
    command.options.forceEmbedded = parser.isSet(u"demo"_s);
    command.options.dataDirectory =
        parser.isSet(u"data-dir"_s)
            ? parser.value(u"data-dir"_s)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  u"/embedded-hub"_s;
    for (const QString &link : parser.positionalArguments()) {
        if (Result<QString> convId = DeskLink::conversation(QUrl(link)); !convId) {
            std::fprintf(stderr, "signet: %s\n", qPrintable(convId.error()));
            std::exit(2);
        }
        command.links << link;
    }
    if (parser.isSet(u"theme"_s)) {
        const QString theme = parser.value(u"theme"_s);
        if (theme == "light"_L1)
            command.options.theme = DeskSettings::Theme::Light;
        else if (theme == "dark"_L1)
            command.options.theme = DeskSettings::Theme::Dark;
        else if (theme == "system"_L1)
            command.options.theme = DeskSettings::Theme::System;
        else {
            std::fprintf(stderr, "signet: --theme is system, light or dark\n");
            std::exit(2);
        }
    }
    // Where this desk keeps its state, which is also what makes it one desk (single instance).
    command.options.stateDirectory =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    command.screenshotPath = parser.value(u"offscreen-screenshot"_s);
    command.startupTime = parser.isSet(u"startup-time"_s);
    const QString scene = parser.value(u"screenshot-scene"_s);
    if (scene == "composer"_L1)
        command.screenshotScene = DeskApp::ScreenshotScene::Composer;
    else if (scene == "signed-in"_L1)
        command.screenshotScene = DeskApp::ScreenshotScene::SignedIn;
    else if (scene == "history"_L1)
        command.screenshotScene = DeskApp::ScreenshotScene::History;
    else if (scene == "supervisor"_L1)
        command.screenshotScene = DeskApp::ScreenshotScene::Supervisor;
    else if (scene == "review"_L1)
        command.screenshotScene = DeskApp::ScreenshotScene::Review;
    else if (scene != "desk"_L1) {
        std::fprintf(stderr, "signet: --screenshot-scene is desk, composer, signed-in, history, "
                             "supervisor or review\n");
        std::exit(2);
    }
    if (!command.screenshotPath.isEmpty()) {
        // A screenshot shows a fresh demo at high speed, whatever is configured.
        static QTemporaryDir scratch;
        command.options.dataDirectory = scratch.path();
        command.options.stateDirectory = scratch.path();
        command.options.forceEmbedded = true;
        command.options.server = QUrl();
        command.options.demoTimeScale = 0.05;
    }
    return command;
}

} // namespace Signet::Ui
