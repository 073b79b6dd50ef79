// Settings → Preferences…: every page shows what is saved and writes what is typed; bad input is
// said on its page, keeps OK and Apply disabled and writes nothing; the identity provider's client
// secret goes to the keychain and never to the settings file; the theme switches the whole desk's
// palette at once (and toned labels follow); the shortcuts page lists the menus' shortcuts; the
// menu's switches follow; saved servers reach the connection dialog.
#include "settings/SettingsDialog.h"
#include "DemoDesk.h"
#include "InMemorySecretStore.h"
#include "MainWindow.h"
#include "Theme.h"
#include "settings/ConnectDialog.h"
#include "settings/DeskSettings.h"
#include "settings/ShortcutsPage.h"
#include "transport/CertificatePin.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Signet;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;

namespace {

template<typename T> T *find(QWidget *root, const QString &name)
{
    T *widget = root->findChild<T *>(name);
    if (!widget)
        qWarning("no %s", qPrintable(name));
    return widget;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->del();
    QTest::keyClicks(edit, text);
}

bool okEnabled(SettingsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

// The Preferences dialog on throwaway settings and keychain, on screen.
struct Shown
{
    QTemporaryDir dir;
    DeskSettings settings{dir.filePath(QStringLiteral("s.ini"))};
    Test::InMemorySecretStore secrets;
    SettingsDialog dialog{&settings, &secrets, {}};

    bool exposed()
    {
        dialog.show();
        return QTest::qWaitForWindowExposed(&dialog);
    }
};

} // namespace

class SettingsDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void everyPageShowsWhatIsSavedAndWritesWhatIsTyped()
    {
        QTemporaryDir dir;
        DeskSettings settings(dir.filePath(u"s.ini"_s));
        settings.setBrandName(u"Acme"_s);
        settings.setImageHosts({u"images.acme.example"_s});
        settings.setIdentityIssuer(u"https://login.acme.example"_s);
        Test::InMemorySecretStore secrets;
        SettingsDialog dialog(&settings, &secrets, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);

        QCOMPARE(find<QLineEdit>(&dialog, u"brandName"_s)->text(), u"Acme"_s);
        QCOMPARE(find<QPlainTextEdit>(&dialog, u"imageHosts"_s)->toPlainText(),
                 u"images.acme.example"_s);
        QCOMPARE(find<QLineEdit>(&dialog, u"identityIssuer"_s)->text(),
                 u"https://login.acme.example"_s);
        QCOMPARE(find<QSpinBox>(&dialog, u"warningAfter"_s)->value(), 60);
        QVERIFY(find<QCheckBox>(&dialog, u"notifications"_s)->isChecked());

        // A server profile.
        QTest::mouseClick(find<QPushButton>(&dialog, u"addProfile"_s), Qt::LeftButton);
        type(find<QLineEdit>(&dialog, u"profileName"_s), u"Paris team"_s);
        type(find<QLineEdit>(&dialog, u"profileUrl"_s), u"https://hub.paris.example:8443"_s);
        type(find<QLineEdit>(&dialog, u"profileUser"_s), u"ana"_s);
        type(find<QLineEdit>(&dialog, u"profileFingerprint"_s), QString(64, u'a'));
        // Other pages.
        type(find<QLineEdit>(&dialog, u"brandName"_s), u"Acme Bank"_s);
        find<QPlainTextEdit>(&dialog, u"imageHosts"_s)
            ->setPlainText(u"images.acme.example\n CDN.acme.example \n\nimages.acme.example"_s);
        find<QSpinBox>(&dialog, u"signInExpiry"_s)->setValue(15);
        find<QCheckBox>(&dialog, u"notificationText"_s)->setChecked(false);
        find<QSpinBox>(&dialog, u"warningAfter"_s)->setValue(90);
        find<QSpinBox>(&dialog, u"urgentAfter"_s)->setValue(300);
        auto *language = find<QComboBox>(&dialog, u"language"_s);
        language->setCurrentIndex(language->findData(u"de"_s));
        type(find<QLineEdit>(&dialog, u"identityUserinfo"_s),
             u"https://login.acme.example/userinfo"_s);
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.validationError()));

        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply),
                          Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        const QList<DeskSettings::ServerProfile> profiles = settings.serverProfiles();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).name, u"Paris team"_s);
        QCOMPARE(profiles.at(0).endpoint.baseUrl, QUrl(u"https://hub.paris.example:8443"_s));
        QCOMPARE(profiles.at(0).endpoint.account, u"signet"_s);
        QCOMPARE(profiles.at(0).endpoint.username, u"ana"_s);
        QCOMPARE(profiles.at(0).endpoint.certificatePin, QByteArray(32, char(0xaa)));
        QCOMPARE(settings.brandName(), u"Acme Bank"_s);
        QCOMPARE(settings.imageHosts(),
                 (QStringList{u"images.acme.example"_s, u"cdn.acme.example"_s}));
        QCOMPARE(settings.signInExpiryMinutes(), 15);
        QVERIFY(!settings.notificationText());
        QCOMPARE(settings.escalationPolicy().warningAfterSeconds, 90);
        QCOMPARE(settings.escalationPolicy().urgentAfterSeconds, 300);
        QCOMPARE(settings.language(), u"de"_s);
        QCOMPARE(settings.identityUserinfoUrl(), u"https://login.acme.example/userinfo"_s);

        // What was written is what a new settings object reads from the file.
        DeskSettings again(dir.filePath(u"s.ini"_s));
        QCOMPARE(again.serverProfiles().at(0).endpoint.certificatePin, QByteArray(32, char(0xaa)));
        QCOMPARE(again.brandName(), u"Acme Bank"_s);
    }

    void aTeamsHubShowsItsImageHostsAndKeepsTheDesksOwn()
    {
        QTemporaryDir dir;
        DeskSettings settings(dir.filePath(u"s.ini"_s));
        settings.setImageHosts({u"images.acme.example"_s});
        Test::InMemorySecretStore secrets;
        SettingsDialog dialog(&settings, &secrets, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *hosts = find<QPlainTextEdit>(&dialog, u"imageHosts"_s);
        auto *note = find<QLabel>(&dialog, u"imageHostsNote"_s);
        QVERIFY(!hosts->isReadOnly());
        QVERIFY(note->isHidden());

        // On a team's hub: its list, which the hub enforces, shown and not editable here.
        dialog.setTeamImageHosts(QStringList{u"cdn.team.example"_s, u"img.team.example"_s});
        QVERIFY(hosts->isReadOnly());
        QCOMPARE(hosts->toPlainText(), u"cdn.team.example\nimg.team.example"_s);
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(u"team's hub"_s), qPrintable(note->text()));
        QCOMPARE(note->textFormat(), Qt::PlainText);
        dialog.setTeamImageHosts(QStringList{});
        QVERIFY2(note->text().contains(u"allows no images"_s), qPrintable(note->text()));
        // Saving keeps this desk's own list (its built-in hub's) as it was.
        QVERIFY(dialog.apply());
        QCOMPARE(settings.imageHosts(), QStringList{u"images.acme.example"_s});
        // Back on the built-in hub: this desk's list, editable again.
        dialog.setTeamImageHosts(std::nullopt);
        QVERIFY(!hosts->isReadOnly());
        QVERIFY(note->isHidden());
        QCOMPARE(hosts->toPlainText(), u"images.acme.example"_s);
    }

    void badInputIsSaidOnItsPageAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("plain http to a remote provider")
            << u"identityUserinfo"_s << u"http://login.acme.example/userinfo"_s << u"https://"_s;
        QTest::newRow("not an address")
            << u"identityIssuer"_s << u"login acme"_s << u"is not an address"_s;
        QTest::newRow("introspection without a client id")
            << u"identityIntrospection"_s << u"https://login.acme.example/introspect"_s
            << u"client id"_s;
        QTest::newRow("an image host with a scheme")
            << u"imageHosts"_s << u"https://images.acme.example"_s << u"is not a host name"_s;
        QTest::newRow("red before amber") << u"urgentAfter"_s << u"30"_s << u"Red must come"_s;
    }

    void badInputIsSaidOnItsPageAndNothingIsWritten()
    {
        QFETCH(QString, widget);
        QFETCH(QString, value);
        QFETCH(QString, says);
        QTemporaryDir dir;
        DeskSettings settings(dir.filePath(u"s.ini"_s));
        Test::InMemorySecretStore secrets;
        SettingsDialog dialog(&settings, &secrets, {});
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(okEnabled(dialog));
        if (auto *edit = dialog.findChild<QLineEdit *>(widget))
            type(edit, value);
        else if (auto *text = dialog.findChild<QPlainTextEdit *>(widget))
            text->setPlainText(value);
        else if (auto *spin = dialog.findChild<QSpinBox *>(widget))
            spin->setValue(value.toInt());
        else
            QFAIL("no such widget");

        QVERIFY(!okEnabled(dialog));
        auto *error = find<QLabel>(&dialog, u"settingsError"_s);
        QVERIFY2(error->isVisibleTo(&dialog) && error->text().contains(says),
                 qPrintable(error->text()));
        QVERIFY(!dialog.apply());
        QCOMPARE(applied.size(), 0);
        // The page with the problem is the one shown.
        auto *pages = find<QListWidget>(&dialog, u"settingsPages"_s);
        QVERIFY2(error->text().startsWith(pages->currentItem()->text()),
                 qPrintable(pages->currentItem()->text()));
        QVERIFY(!QFile::exists(dir.filePath(u"s.ini"_s)) ||
                DeskSettings(dir.filePath(u"s.ini"_s)).identityUserinfoUrl().isEmpty());
    }

    void serverProfilesAreCheckedBeforeTheyAreSaved()
    {
        Shown shown;
        QVERIFY(shown.exposed());
        DeskSettings &settings = shown.settings;
        SettingsDialog &dialog = shown.dialog;
        auto *add = find<QPushButton>(&dialog, u"addProfile"_s);
        auto *connectButton = find<QPushButton>(&dialog, u"connectProfile"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(!okEnabled(dialog)); // a new profile has no address yet
        QVERIFY(!connectButton->isEnabled());
        type(find<QLineEdit>(&dialog, u"profileUrl"_s), u"http://hub.example.com"_s);
        QVERIFY(dialog.validationError().contains(u"https://"_s));
        type(find<QLineEdit>(&dialog, u"profileUrl"_s), u"https://hub.example.com"_s);
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.validationError()));
        QVERIFY(connectButton->isEnabled());
        type(find<QLineEdit>(&dialog, u"profileFingerprint"_s), u"SHA256:12:34"_s);
        QVERIFY(!okEnabled(dialog));
        type(find<QLineEdit>(&dialog, u"profileFingerprint"_s), QString());
        // Two with the same name.
        QTest::mouseClick(add, Qt::LeftButton);
        type(find<QLineEdit>(&dialog, u"profileUrl"_s), u"https://other.example.com"_s);
        QVERIFY(dialog.validationError().contains(u"two servers named"_s));
        type(find<QLineEdit>(&dialog, u"profileName"_s), u"Other"_s);
        QVERIFY(okEnabled(dialog));
        // Removing one.
        QTest::mouseClick(find<QPushButton>(&dialog, u"removeProfile"_s), Qt::LeftButton);
        QVERIFY(dialog.apply());
        QCOMPARE(settings.serverProfiles().size(), 1);
        QCOMPARE(settings.serverProfiles().at(0).endpoint.baseUrl.host(), u"hub.example.com"_s);

        // Connect… saves first, then asks the desk to connect to that server.
        QSignalSpy connectAsked(&dialog, &SettingsDialog::connectRequested);
        find<QListWidget>(&dialog, u"serverProfiles"_s)->setCurrentRow(0);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QCOMPARE(connectAsked.size(), 1);
        QCOMPARE(connectAsked.at(0).at(0).value<ServerEndpoint>().baseUrl.host(),
                 u"hub.example.com"_s);

        // The connection dialog offers the saved servers.
        ConnectDialog connect;
        connect.setProfiles(settings.serverProfiles());
        auto *saved = find<QComboBox>(&connect, u"savedServers"_s);
        QVERIFY(saved->isVisibleTo(&connect));
        QCOMPARE(saved->count(), 2);
        saved->setCurrentIndex(1);
        emit saved->activated(1);
        QCOMPARE(find<QLineEdit>(&connect, u"serverUrl"_s)->text(), u"https://hub.example.com"_s);
    }

    void aLivePersonStyleAccountIsSavedByItsDiscoveryDomain()
    {
        Shown shown;
        QVERIFY(shown.exposed());
        DeskSettings &settings = shown.settings;
        Test::InMemorySecretStore &secrets = shown.secrets;
        SettingsDialog &dialog = shown.dialog;
        QTest::mouseClick(find<QPushButton>(&dialog, u"addProfile"_s), Qt::LeftButton);
        auto *kind = find<QComboBox>(&dialog, u"profileKind"_s);
        kind->setCurrentIndex(kind->findData(int(ServerEndpoint::Kind::LivePersonAccount)));
        emit kind->activated(kind->currentIndex());
        auto *domain = find<QLineEdit>(&dialog, u"profileUrl"_s);
        // The rows say what they ask for now.
        QCOMPARE(domain->accessibleName(), u"Discovery domain"_s);
        QCOMPARE(find<QLineEdit>(&dialog, u"profileAccount"_s)->accessibleName(), u"Account ID"_s);
        type(find<QLineEdit>(&dialog, u"profileAccount"_s), u"12 34"_s);
        type(domain, u"adminlogin.liveperson.net"_s);
        QVERIFY2(dialog.validationError().contains(u"account ID"_s),
                 qPrintable(dialog.validationError()));
        type(find<QLineEdit>(&dialog, u"profileAccount"_s), u"12345678"_s);
        type(domain, u"adminlogin.liveperson.net/api"_s);
        QVERIFY2(dialog.validationError().contains(u"discovery domain"_s),
                 qPrintable(dialog.validationError()));
        type(domain, u"adminlogin.liveperson.net"_s);
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.validationError()));
        QVERIFY(dialog.apply());

        // Kept as what it is, and shown again as typed.
        const QList<DeskSettings::ServerProfile> profiles = settings.serverProfiles();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).endpoint.kind, ServerEndpoint::Kind::LivePersonAccount);
        QCOMPARE(profiles.at(0).endpoint.baseUrl, QUrl(u"https://adminlogin.liveperson.net"_s));
        QCOMPARE(profiles.at(0).endpoint.account, u"12345678"_s);
        SettingsDialog again(&settings, &secrets, {});
        QCOMPARE(find<QLineEdit>(&again, u"profileUrl"_s)->text(), u"adminlogin.liveperson.net"_s);
        QCOMPARE(find<QComboBox>(&again, u"profileKind"_s)->currentData().toInt(),
                 int(ServerEndpoint::Kind::LivePersonAccount));

        // The connection dialog names it by account and domain, and fills its fields in.
        ConnectDialog connect;
        connect.setProfiles(profiles);
        auto *saved = find<QComboBox>(&connect, u"savedServers"_s);
        QCOMPARE(saved->itemText(1),
                 u"New server — account 12345678 at adminlogin.liveperson.net"_s);
        saved->setCurrentIndex(1);
        emit saved->activated(1);
        QCOMPARE(find<QLineEdit>(&connect, u"serverUrl"_s)->text(), u"adminlogin.liveperson.net"_s);
        QCOMPARE(find<QComboBox>(&connect, u"serverKind"_s)->currentData().toInt(),
                 int(ServerEndpoint::Kind::LivePersonAccount));
        QCOMPARE(connect.endpoint().baseUrl, profiles.at(0).endpoint.baseUrl);
    }

    void theClientSecretGoesToTheKeychainOnly()
    {
        QTemporaryDir dir;
        DeskSettings settings(dir.filePath(u"s.ini"_s));
        Test::InMemorySecretStore secrets;
        SettingsDialog dialog(&settings, &secrets, {});
        type(find<QLineEdit>(&dialog, u"identityIssuer"_s), u"https://login.acme.example"_s);
        type(find<QLineEdit>(&dialog, u"identityIntrospection"_s),
             u"https://login.acme.example/introspect"_s);
        type(find<QLineEdit>(&dialog, u"identityClientId"_s), u"signet-desk"_s);
        const QString secret = u"s3cr3t-client-value-0451"_s;
        type(find<QLineEdit>(&dialog, u"identityClientSecret"_s), secret);
        QVERIFY(dialog.apply());
        QTRY_COMPARE(secrets.items().size(), 1);
        QCOMPARE(secrets.items().value(settings.identityClientSecretKey()), secret.toUtf8());
        QVERIFY(find<QLineEdit>(&dialog, u"identityClientSecret"_s)->text().isEmpty());
        QFile file(dir.filePath(u"s.ini"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toUtf8()));
        // Applying again without typing keeps the stored secret.
        QVERIFY(dialog.apply());
        QTest::qWait(20);
        QCOMPARE(secrets.writes(), 1);

        // A keychain that refuses is said.
        secrets.setFailure(u"The keychain is locked."_s);
        type(find<QLineEdit>(&dialog, u"identityClientSecret"_s), u"another"_s);
        QVERIFY(dialog.apply());
        auto *error = find<QLabel>(&dialog, u"settingsError"_s);
        QTRY_VERIFY(error->text().contains(u"The keychain is locked."_s));
    }

    void theThemeSwitchesTheWholeDeskAtOnce()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        const QPalette system = QApplication::palette();
        demo.desk->openPreferences();
        SettingsDialog *dialog = demo.desk->preferences();
        QVERIFY(dialog);
        auto *theme = find<QComboBox>(dialog, u"theme"_s);
        theme->setCurrentIndex(theme->findData(int(DeskSettings::Theme::Dark)));
        QVERIFY(dialog->apply());
        QVERIFY(Theme::isDark(QApplication::palette()));
        QTRY_VERIFY(Theme::isDark(demo.window()->palette())); // propagated by posted events
        QCOMPARE(demo.settings.theme(), DeskSettings::Theme::Dark);
        // A toned label follows: the dialog's own error line is now in the dark theme's red.
        auto *error = find<QLabel>(dialog, u"settingsError"_s);
        QTRY_COMPARE(error->palette().color(QPalette::WindowText),
                     Theme::tone(Theme::Tone::Error, Theme::darkPalette()));

        theme->setCurrentIndex(theme->findData(int(DeskSettings::Theme::Light)));
        QVERIFY(dialog->apply());
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QTRY_COMPARE(error->palette().color(QPalette::WindowText),
                     Theme::tone(Theme::Tone::Error, Theme::lightPalette()));

        theme->setCurrentIndex(theme->findData(int(DeskSettings::Theme::System)));
        QVERIFY(dialog->apply());
        QCOMPARE(QApplication::palette().color(QPalette::Base), system.color(QPalette::Base));
        dialog->reject();
    }

    void theShortcutsPageListsTheMenusAndTheSwitchesFollow()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        demo.desk->openPreferences();
        SettingsDialog *dialog = demo.desk->preferences();
        auto *table = find<QTableWidget>(dialog, u"shortcuts"_s);
        QStringList commands;
        for (int row = 0; row < table->rowCount(); ++row)
            commands << table->item(row, 0)->text() + u" = "_s + table->item(row, 1)->text();
        QVERIFY2(commands.contains(u"Preferences = Ctrl+,"_s), qPrintable(commands.join(u'\n')));
        QVERIFY2(commands.contains(u"Transcripts = Ctrl+Shift+R"_s),
                 qPrintable(commands.join(u'\n')));

        // Turning notifications off in the dialog unticks the menu's switch.
        auto *menuSwitch = demo.window()->findChild<QAction *>(u"notificationTextAction"_s);
        QVERIFY(menuSwitch->isChecked());
        find<QCheckBox>(dialog, u"notificationText"_s)->setChecked(true);
        find<QCheckBox>(dialog, u"notificationText"_s)->setChecked(false);
        QVERIFY(dialog->apply());
        QVERIFY(!menuSwitch->isChecked());
        QVERIFY(!demo.settings.notificationText());
        // Ctrl+, opens the dialog from the window (and a second request raises the same one).
        dialog->reject();
        QTRY_VERIFY(!demo.desk->preferences());
        demo.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(demo.window()));
        QTest::keyClick(demo.window(), Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(demo.desk->preferences());
        SettingsDialog *opened = demo.desk->preferences();
        demo.desk->openPreferences();
        QCOMPARE(demo.desk->preferences(), opened);
        opened->reject();
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "SettingsDialogTest.moc"
