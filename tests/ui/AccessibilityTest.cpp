// Every interactive control has an accessible name and a description, in every window and dialog
// the desk opens: the test walks each widget tree through QAccessible (what a screen reader sees)
// and fails on unnamed or undescribed buttons, fields, lists, tables, boxes and tabs, naming each
// one it finds. And the main
// flows by keyboard alone: next conversation, accept, reply, request a sign-in, review.
#include "DemoDesk.h"
#include "HubServer.h"
#include "auth/AuthTracker.h"
#include "authbubble/AuthBubbleComposer.h"
#include "composer/ComposerEdit.h"
#include "conversation/MessageListModel.h"
#include "conversations/CloseDialog.h"
#include "conversations/TransferDialog.h"
#include "review/ReviewWindow.h"
#include "settings/ConnectDialog.h"
#include "settings/SettingsDialog.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Signet;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

// Where in the tree a control is, for the failure message.
QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    QString name = object ? QString::fromLatin1(object->metaObject()->className()) : u"?"_s;
    if (object && !object->objectName().isEmpty())
        name += u" \""_s + object->objectName() + u'"';
    for (QObject *parent = object ? object->parent() : nullptr; parent; parent = parent->parent()) {
        if (!parent->objectName().isEmpty()) {
            name += u" in \""_s + parent->objectName() + u'"';
            break;
        }
    }
    return name;
}

// The unnamed interactive controls under root that are visible; seen counts every interactive
// control visited (so a walk that stops early cannot pass for a clean one); undescribed, when
// given, collects those without a description.
QStringList unnamed(QWidget *root, int *seen = nullptr, QStringList *undescribed = nullptr)
{
    QStringList out;
    int count = 0;
    std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *iface,
                                                                int depth) {
        if (!iface || !iface->isValid() || depth > 60)
            return;
        if (iface->state().invisible)
            return;
        if (interactive(iface->role())) {
            ++count;
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                out << describe(iface);
            if (undescribed && iface->text(QAccessible::Description).trimmed().isEmpty())
                *undescribed << describe(iface) + u" = "_s + iface->text(QAccessible::Name);
        }
        // Item views' rows and cells are content, not controls.
        if (iface->role() == QAccessible::List || iface->role() == QAccessible::Table ||
            iface->role() == QAccessible::Tree)
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(root), 0);
    out.removeDuplicates();
    if (seen)
        *seen = count;
    return out;
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT
private slots:
    void everyControlOfTheDeskHasAName()
    {
        Test::DemoDesk demo(0.02, false);
        QVERIFY(demo.start());
        MainWindow *window = demo.window();
        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 2, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!window->currentConversation().isEmpty(), kWait);
        int seen = 0;
        QStringList undescribed;
        QStringList problems = unnamed(window, &seen, &undescribed);

        // The list, the filter, the transcript, the composer, Send, the note and sign-in buttons,
        // the side tabs: a walk that finds fewer did not reach them.
        QVERIFY2(seen >= 8, qPrintable(QString::number(seen)));

        // Accepted, with its bars and tools showing.
        window->acceptCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(
            demo.desk->session()->isAssignedToMe(window->currentConversation()), kWait);
        problems << unnamed(window, nullptr, &undescribed);

        // Every dialog and window the desk opens.
        auto check = [&](QWidget *w) {
            QVERIFY(w);
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            problems << unnamed(w, nullptr, &undescribed);
        };
        demo.desk->openPreferences();
        SettingsDialog *preferences = demo.desk->preferences();
        auto *pages = preferences->findChild<QListWidget *>(u"settingsPages"_s);
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentRow(i);
            check(preferences);
        }
        preferences->reject();
        window->openSignInComposer();
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<AuthBubbleComposer *>(), kWait);
        AuthBubbleComposer *composer = window->findChild<AuthBubbleComposer *>();
        check(composer);
        // Sent: the waiting request's bar (Resend, Cancel Request) shows under the transcript.
        QMetaObject::invokeMethod(composer->findChild<QPushButton *>(u"sendRequestButton"_s),
                                  "click");
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QWidget *>(u"signInPendingBar"_s)->isVisible(),
                                 kWait);
        problems << unnamed(window, nullptr, &undescribed);
        window->transferCurrent();
        check(window->transferDialog());
        window->transferDialog()->reject();
        window->closeCurrent();
        check(window->closeDialog());
        window->closeDialog()->reject();
        ConnectDialog connect(window);
        check(&connect);

        ReviewWindow review(demo.desk->session(), window);
        check(&review);
        review.findChild<QTabWidget *>()->setCurrentIndex(1); // the audit log
        check(&review);
        review.close();

        // The supervisor's live view: its filters and the monitoring bar.
        emit window->useDemoHubAsSupervisorRequested();
        QTRY_VERIFY_WITH_TIMEOUT(demo.desk->session() && demo.desk->session()->isSupervisor(),
                                 kWait);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 2, kWait);
        list->setCurrentIndex(list->model()->index(0, 0));
        problems << unnamed(window, nullptr, &undescribed);
        problems.removeDuplicates();
        undescribed.removeDuplicates();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"unnamed controls:\n  "_s + problems.join(u"\n  "_s)));
        // And a description (a tooltip or an accessible description) says what each one does.
        QVERIFY2(undescribed.isEmpty(), qPrintable(u"controls without a description:\n  "_s +
                                                   undescribed.join(u"\n  "_s)));
    }

    void theMainFlowsWorkByKeyboardAlone()
    {
        Test::DemoDesk demo(0.02, false);
        QVERIFY(demo.start());
        MainWindow *window = demo.window();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 2, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!window->currentConversation().isEmpty(), kWait);
        auto key = [&](QKeySequence sequence) {
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
            QTest::keySequence(target, sequence);
        };

        // Next conversation, and back: Ctrl+Tab.
        const QString first = window->currentConversation();
        key(QKeySequence(u"Ctrl+Tab"_s));
        QVERIFY(window->currentConversation() != first);
        while (window->currentConversation() != first)
            key(QKeySequence(u"Ctrl+Tab"_s));

        // Accept: Ctrl+Shift+A; the composer has the focus; the reply goes with Enter.
        key(QKeySequence(u"Ctrl+Shift+A"_s));
        QTRY_VERIFY_WITH_TIMEOUT(demo.desk->session()->isAssignedToMe(first), kWait);
        auto *composer = window->findChild<ComposerEdit *>(u"composer"_s);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), composer, kWait);
        QTest::keyClicks(composer, u"Hello by keyboard"_s);
        QTest::keyClick(composer, Qt::Key_Return);
        MessageListModel *messages = demo.desk->session()->messages(first);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < messages->rowCount(); ++row) {
                    if (messages->messageAt(row).text == u"Hello by keyboard"_s)
                        return true;
                }
                return false;
            }(),
            kWait);

        // Request a sign-in: Ctrl+Shift+L opens the composer, Enter sends the default preset.
        key(QKeySequence(u"Ctrl+Shift+L"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<AuthBubbleComposer *>() &&
                                     window->findChild<AuthBubbleComposer *>()->isVisible(),
                                 kWait);
        QPointer<AuthBubbleComposer> signIn = window->findChild<AuthBubbleComposer *>();
        QTRY_VERIFY_WITH_TIMEOUT(signIn->isActiveWindow(), kWait);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : signIn.data(),
                        Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!signIn || !signIn->isVisible(), kWait); // sent, and closed
        QTRY_VERIFY_WITH_TIMEOUT(demo.desk->authTracker()->pending(first).has_value(), kWait);

        // Review, as the demo supervisor: Ctrl+Shift+R, type, Enter, arrow to a result.
        emit window->useDemoHubAsSupervisorRequested();
        QTRY_VERIFY_WITH_TIMEOUT(demo.desk->session() && demo.desk->session()->isSupervisor(),
                                 kWait);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        key(QKeySequence(u"Ctrl+Shift+R"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window->reviewWindow() && window->reviewWindow()->isVisible(),
                                 kWait);
        ReviewWindow *review = window->reviewWindow();
        review->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(review));
        auto *words = review->findChild<QLineEdit *>(u"reviewText"_s);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), words, kWait);
        QTest::keyClicks(words, u"keyboard"_s);
        QTest::keyClick(words, Qt::Key_Return);
        auto *hits = review->findChild<QListWidget *>(u"reviewHits"_s);
        QTRY_VERIFY_WITH_TIMEOUT(hits->count() >= 1, kWait);
        // Tab reaches the results; the arrow keys open one.
        for (int i = 0; i < 20 && QApplication::focusWidget() != hits; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), hits);
        QTest::keyClick(hits, Qt::Key_Down);
        QTRY_VERIFY_WITH_TIMEOUT(
            review->findChild<QListView *>(u"reviewTranscript"_s)->model() &&
                review->findChild<QListView *>(u"reviewTranscript"_s)->model()->rowCount() >= 2,
            kWait);
    }
};

QTEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
