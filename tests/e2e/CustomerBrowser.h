#pragma once

// Runs tests/e2e/customer-signin.mjs: Debian's Chromium (puppeteer-core) opens a customer's chat
// page, taps Sign in, signs in (mistyping first when asked) and comes back to the chat.
#include "Await.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace Signet::Test {

struct BrowserRun
{
    bool ok = false;
    QString error;      // why it did not run to the end (node's output included)
    QJsonObject report; // {result, backInChatMs}
};

inline BrowserRun runCustomerBrowser(const QUrl &chatPage, const QString &username,
                                     const QString &password, const QString &wrongPassword = {})
{
    BrowserRun run;
    QProcess browser;
    browser.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args{QStringLiteral(SIGNET_SOURCE_DIR "/tests/e2e/customer-signin.mjs"),
                     chatPage.toString(), username, password};
    if (!wrongPassword.isEmpty())
        args << wrongPassword;
    browser.start(QStringLiteral("node"), args);
    if (!browser.waitForStarted()) {
        run.error = QStringLiteral("node is needed (./dev.sh test installs it)");
        return run;
    }
    if (!spinUntil([&] { return browser.state() == QProcess::NotRunning; }, 90000)) {
        browser.kill();
        browser.waitForFinished(5000);
        run.error = QStringLiteral("the browser did not finish within 90 s");
        return run;
    }
    const QByteArray out = browser.readAllStandardOutput();
    if (browser.exitCode() != 0) {
        run.error = QString::fromUtf8(out + browser.readAllStandardError());
        return run;
    }
    run.report = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    run.ok = true;
    return run;
}

} // namespace Signet::Test
