// Request sign-in as an agent does it, offscreen: the action on an iOS 17 conversation opens the
// composer; fill, switch styles, send; the hub receives the request; the transcript shows the card
// with its live state; Resend/Cancel; on iOS 11 the action is disabled and says why.
#include "DemoDesk.h"
#include "HubServer.h"

#include "InMemorySecretStore.h"
#include "MainWindow.h"
#include "auth/SignInService.h"
#include "authbubble/AuthBubbleComposer.h"
#include "chat/BubbleDelegate.h"
#include "settings/DeskSettings.h"
#include <QJsonObject>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Signet;
using namespace Signet::Ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

using Test::rowOfCustomer;

bool haveNames(QListView *list)
{
    for (const QString &name :
         {u"Maya Chen"_s, u"Daniel Okafor"_s, u"Rosa Álvarez"_s, u"Sam Patel"_s}) {
        if (rowOfCustomer(list, name) < 0)
            return false;
    }
    return true;
}
} // namespace

class SignInFlowTest : public QObject
{
    Q_OBJECT
private slots:
    void agentAsksAnIos17CustomerToSignIn()
    {
        Test::DemoDesk demo(0.02, false); // the customer does not answer: the request stays waiting
        QVERIFY(demo.start());
        Ui::DeskApp &desk = *demo.desk;
        Test::InMemorySecretStore &secrets = demo.secrets;
        MainWindow *window = demo.window();
        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 4, kWait);
        // A row can come before its customer's name does (a loaded machine shows it).
        QTRY_VERIFY_WITH_TIMEOUT(haveNames(list), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(desk.keyRing()->isOpen(), kWait);
        // The built-in hub enforces this desk's own image allow-list, and the composer checks
        // with what the hub says.
        QCOMPARE(desk.embeddedHub()->options().team.imageHosts, demo.settings.imageHosts());
        demo.settings.setImageHosts({u"images.acme.example"_s});
        desk.applySettings();
        QCOMPARE(desk.embeddedHub()->options().team.imageHosts,
                 QStringList{u"images.acme.example"_s});
        QTRY_COMPARE_WITH_TIMEOUT(desk.signIn()->allowedImageHosts(),
                                  QStringList{u"images.acme.example"_s}, kWait);

        // iOS 11: disabled, and the tooltip says why.
        list->setCurrentIndex(list->model()->index(rowOfCustomer(list, u"Rosa Álvarez"_s), 0));
        QTRY_VERIFY_WITH_TIMEOUT(
            window->requestSignInAction()->toolTip().contains(u"iOS 11.4 cannot sign in"_s), kWait);
        QVERIFY(!window->requestSignInAction()->isEnabled());
        // Web chat: likewise.
        list->setCurrentIndex(list->model()->index(rowOfCustomer(list, u"Sam Patel"_s), 0));
        QTRY_VERIFY_WITH_TIMEOUT(window->requestSignInAction()->toolTip().contains(u"chat page"_s),
                                 kWait);

        // iOS 17: not before accepting; then the shortcut opens the composer.
        list->setCurrentIndex(list->model()->index(rowOfCustomer(list, u"Maya Chen"_s), 0));
        QTRY_VERIFY_WITH_TIMEOUT(
            window->requestSignInAction()->toolTip().contains(u"Accept the conversation"_s), kWait);
        QTest::mouseClick(window->findChild<QPushButton *>(u"acceptButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->requestSignInAction()->isEnabled(), kWait);
        QVERIFY(window->requestSignInAction()->toolTip().contains(u"Ctrl+Shift+L"_s));
        QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        AuthBubbleComposer *composer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((composer = window->findChild<AuthBubbleComposer *>()) != nullptr,
                                 kWait);

        auto *title = composer->findChild<QLineEdit *>(u"receivedTitle"_s);
        title->clear();
        QTest::keyClicks(title, u"Sign in to Acme"_s);
        for (const char *name : {"receivedStyle", "replyStyle"})
            composer->findChild<QComboBox *>(QString::fromLatin1(name))
                ->setCurrentIndex(1); // small
        composer->findChild<QComboBox *>(u"receivedStyle"_s)
            ->setCurrentIndex(2); // large needs an image…
        QVERIFY(!composer->findChild<QPushButton *>(u"sendRequestButton"_s)->isEnabled());
        QVERIFY(composer->findChild<QLabel *>(u"receivedImageStatus"_s)
                    ->text()
                    .contains(u"large style"_s));
        composer->findChild<QComboBox *>(u"receivedStyle"_s)->setCurrentIndex(0); // …so icon it is
        QSignalSpy sent(composer, &AuthBubbleComposer::sent);
        QTest::mouseClick(composer->findChild<QPushButton *>(u"sendRequestButton"_s),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, kWait);
        const QString requestId = sent.first().first().toString();

        // The hub has exactly that request.
        const QString convId = window->currentConversation();
        const auto stored = desk.embeddedHub()->store().events(convId, -1, 100);
        const QJsonArray metadata = stored.last().metadata;
        const QJsonObject received =
            metadata.at(0).toObject().value("receivedMessage"_L1).toObject();
        QCOMPARE(received.value("title"_L1).toString(), u"Sign in to Acme"_s);
        QCOMPARE(received.value("style"_L1).toString(), u"icon"_s);
        QCOMPARE(metadata.at(0)
                     .toObject()
                     .value("replyMessage"_L1)
                     .toObject()
                     .value("style"_L1)
                     .toString(),
                 u"small"_s);
        QCOMPARE(metadata.at(1).toObject().value("requestIdentifier"_L1).toString(), requestId);

        // The card in the transcript, with its state; the customer panel and the pending bar agree.
        auto *transcript = window->findChild<QListView *>(u"transcript"_s);
        auto *delegate = qobject_cast<BubbleDelegate *>(transcript->itemDelegate());
        QTRY_VERIFY_WITH_TIMEOUT(transcript->model()
                                         ->index(transcript->model()->rowCount() - 1, 0)
                                         .data(MessageListModel::AuthRequestIdRole)
                                         .toString() == requestId,
                                 kWait);
        const MessageView card =
            delegate->viewOf(transcript->model()->index(transcript->model()->rowCount() - 1, 0));
        QCOMPARE(card.text, u"Sign-in request: Sign in to Acme"_s);
        QCOMPARE(card.status, u"Waiting for the customer to sign in"_s);
        QCOMPARE(window->findChild<QLabel *>(u"signInRequestState"_s)->text(),
                 u"Waiting for the customer to sign in"_s);
        QVERIFY(window->findChild<QWidget *>(u"signInPendingBar"_s)->isVisible());
        QVERIFY(!window->requestSignInAction()->isEnabled());
        QVERIFY(window->requestSignInAction()->toolTip().contains(u"Resend or cancel"_s));

        // Resend: a new request replaces the waiting one.
        QTest::mouseClick(window->findChild<QPushButton *>(u"resendSignInButton"_s),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk.authTracker()->request(requestId)->state,
                                  Auth::AuthTracker::State::Cancelled, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(desk.authTracker()->pending(convId).has_value(), kWait);
        const QString second = desk.authTracker()->pending(convId)->requestId;
        QVERIFY(second != requestId);
        QTRY_COMPARE_WITH_TIMEOUT(
            delegate->viewOf(transcript->model()->index(transcript->model()->rowCount() - 2, 0))
                .status,
            u"Cancelled"_s, kWait);
        // Cancel: the request ends, its key is gone, and sign-in can be requested again.
        QTest::mouseClick(window->findChild<QPushButton *>(u"cancelSignInButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->requestSignInAction()->isEnabled(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!secrets.items().contains(KeyRing::entryName(second)), kWait);
        QVERIFY(!window->findChild<QWidget *>(u"signInPendingBar"_s)->isVisible());
        QCOMPARE(window->findChild<QLabel *>(u"signInRequestState"_s)->text(), u"Cancelled"_s);
    }

    void demoCustomersSignInAndTheDeskShowsWhoTheyAre()
    {
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        MainWindow *window = demo.window();
        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 4, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(haveNames(list), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(demo.desk->keyRing()->isOpen(), kWait);

        struct Case
        {
            QString customer;
            QString expectedTier;
        };
        // Maya (iOS 17, the hub's callback) and Daniel (iOS 15, Apple's legacy exchange; he
        // mistypes once).
        for (const Case &c :
             {Case{u"Maya Chen"_s, u"gold"_s}, Case{u"Daniel Okafor"_s, u"silver"_s}}) {
            list->setCurrentIndex(list->model()->index(rowOfCustomer(list, c.customer), 0));
            QTRY_VERIFY_WITH_TIMEOUT(
                window->findChild<QPushButton *>(u"acceptButton"_s)->isVisible(), kWait);
            QTest::mouseClick(window->findChild<QPushButton *>(u"acceptButton"_s), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(window->requestSignInAction()->isEnabled(), kWait);
            window->requestSignInAction()->trigger();
            AuthBubbleComposer *composer = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (composer = window->findChild<AuthBubbleComposer *>()) != nullptr, kWait);
            QTest::mouseClick(composer->findChild<QPushButton *>(u"sendRequestButton"_s),
                              Qt::LeftButton);

            // The customer signs in by themselves; the desk decrypts, verifies and shows them.
            auto *who = window->findChild<QLabel *>(u"authenticatedAs"_s);
            QTRY_VERIFY_WITH_TIMEOUT(who->isVisible() &&
                                         who->text().contains(u"Authenticated as "_s + c.customer),
                                     kWait);
            QVERIFY(who->text().contains(c.expectedTier));
            QVERIFY(who->text().contains(u"expires in"_s));
            QCOMPARE(window->findChild<QLabel *>(u"signInRequestState"_s)->text(), u"Signed in"_s);
            const QModelIndex row = list->model()->index(rowOfCustomer(list, c.customer), 0);
            QCOMPARE(row.data(ConversationListModel::VerifiedNameRole).toString(), c.customer);
            // Sign-in may be asked again later (after expiry), so the action is available once
            // the desk has the answer too (the hub may have recorded its own check first).
            QTRY_VERIFY_WITH_TIMEOUT(window->requestSignInAction()->isEnabled(), kWait);
        }
    }

    void anIdentityTheHubRecordedStaysShown()
    {
        // Verified on another desk: this desk has no request of its own for the customer, and the
        // window's one-second refresh must not clear what the hub recorded.
        Test::DemoDesk demo;
        QVERIFY(demo.start());
        auto *list = demo.window()->findChild<QListView *>(u"conversationList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfCustomer(list, u"Maya Chen"_s) >= 0, kWait);
        const QString convId = list->model()
                                   ->index(rowOfCustomer(list, u"Maya Chen"_s), 0)
                                   .data(ConversationListModel::IdRole)
                                   .toString();
        QVERIFY(demo.desk->embeddedHub()
                    ->recordVerifiedIdentity(
                        convId, QJsonObject{{"issuer"_L1, u"https://id.example"_s},
                                            {"subject"_L1, u"c-1001"_s},
                                            {"assurance"_L1, "hub"_L1},
                                            {"name"_L1, u"Maya Chen"_s},
                                            {"expiresAt"_L1,
                                             QDateTime::currentMSecsSinceEpoch() + 3600000}})
                    .ok());
        auto verifiedName = [&] {
            return list->model()
                ->index(rowOfCustomer(list, u"Maya Chen"_s), 0)
                .data(ConversationListModel::VerifiedNameRole)
                .toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(verifiedName(), u"Maya Chen"_s, kWait);
        QTest::qWait(2500); // two ticks
        QCOMPARE(verifiedName(), u"Maya Chen"_s);
    }
};

QTEST_MAIN(SignInFlowTest)
#include "SignInFlowTest.moc"
