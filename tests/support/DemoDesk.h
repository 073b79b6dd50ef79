#pragma once

// For UI tests (they link Signet::Ui): the whole desk on its embedded demo hub, with settings,
// state and keys in a throwaway folder and memory.
#include "DeskApp.h"
#include "InMemorySecretStore.h"
#include "MainWindow.h"
#include "conversation/ConversationListModel.h"
#include "settings/DeskSettings.h"

#include <QListView>
#include <QTemporaryDir>
#include <QTest>

namespace Signet::Test {

struct DemoDesk
{
    QTemporaryDir dir;
    DeskSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    InMemorySecretStore secrets;
    std::unique_ptr<Ui::DeskApp> desk;

    static Ui::DeskApp::Options options(const QTemporaryDir &dir, double demoTimeScale)
    {
        Ui::DeskApp::Options o;
        o.dataDirectory = dir.filePath(QStringLiteral("hub"));
        o.stateDirectory = dir.filePath(QStringLiteral("state"));
        o.demoTimeScale = demoTimeScale;
        return o;
    }

    explicit DemoDesk(double demoTimeScale = 0.02, bool demoSignIn = true)
    {
        Ui::DeskApp::Options o = options(dir, demoTimeScale);
        o.demoSignIn = demoSignIn;
        // A developer's desktop is no place for test notifications (DesktopAttentionTest has its
        // own notification service on a private bus).
        settings.setDesktopNotifications(false);
        settings.setTrayIcon(false);
        desk = std::make_unique<Ui::DeskApp>(o, &settings, &secrets);
    }

    // Starts the desk and shows its window.
    bool start()
    {
        desk->start();
        desk->window()->show();
        return QTest::qWaitForWindowExposed(desk->window());
    }
    Ui::MainWindow *window() const { return desk->window(); }
};

// The row of a customer in the desk's conversation list (-1: not there).
inline int rowOfCustomer(QListView *list, const QString &name)
{
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data(ConversationListModel::CustomerNameRole).toString() ==
            name)
            return row;
    }
    return -1;
}

} // namespace Signet::Test
