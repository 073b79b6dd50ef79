// What others wrote is shown as written, never as markup: a customer whose name, device, messages,
// sign-in failure reason, request identifiers and account claims are HTML — a fake
// "✔ Authenticated as …" among them — sees every piece appear literally in the desk's labels,
// whatever label shows it (plain text, or rich text with every remote part escaped).
#include "DemoDesk.h"
#include "HubServer.h"
#include "MainWindow.h"
#include "auth/AuthTracker.h"
#include "authbubble/AuthBubbleComposer.h"
#include "chat/BubbleDelegate.h"
#include "conversation/MessageListModel.h"
#include "keys/KeyRing.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextDocumentFragment>

using namespace Signet;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;

// What a label shows a person: its text as is when plain, or rendered when rich (QLabel's default
// AutoText renders whatever looks like markup).
QString shown(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    return rich ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text();
}

// Every label of the window that shows part of a hostile value must show it whole: the markup
// characters too. Gives the labels that did not (empty when all did).
QStringList mangled(QWidget *window, const QString &marker, const QString &literal)
{
    QStringList out;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        const QString text = shown(label);
        const QString raw = label->text();
        // The label is about this value when its text, raw or shown, carries the marker word.
        if (!raw.contains(marker) && !text.contains(marker))
            continue;
        if (!text.contains(literal))
            out << u"%1: \"%2\""_s.arg(label->objectName(), text.left(120));
    }
    return out;
}
// Accepts the selected conversation and sends it a sign-in request from the composer.
bool acceptAndRequestSignIn(Ui::MainWindow *window)
{
    auto *accept = window->findChild<QPushButton *>(u"acceptButton"_s);
    if (!QTest::qWaitFor([accept] { return accept->isVisible(); }, kWait))
        return false;
    QTest::mouseClick(accept, Qt::LeftButton);
    if (!QTest::qWaitFor([window] { return window->requestSignInAction()->isEnabled(); }, kWait))
        return false;
    window->requestSignInAction()->trigger();
    Ui::AuthBubbleComposer *composer = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (composer = window->findChild<Ui::AuthBubbleComposer *>()) != nullptr; },
            kWait))
        return false;
    QTest::mouseClick(composer->findChild<QPushButton *>(u"sendRequestButton"_s), Qt::LeftButton);
    return true;
}
} // namespace

class RemoteTextTest : public QObject
{
    Q_OBJECT
private slots:
    void everythingACustomerWroteAppearsLiterally()
    {
        DemoDesk demo(0.02, false);
        QVERIFY(demo.start());
        Hub::HubServer *hub = demo.desk->embeddedHub();
        QVERIFY(hub);
        Ui::MainWindow *window = demo.window();

        // A customer who writes markup everywhere the desk shows their words.
        const QString name = u"<b>Evil</b> <img src=x>"_s;
        Hub::ConsumerRecord evil;
        evil.id = u"evil-1"_s;
        evil.firstName = name;
        evil.context.channel = ChannelType::AppleMessages;
        evil.context.clientProperties = {u"iOS"_s, u"17.4"_s, u"<i>MOBILE</i>"_s, {}};
        evil.context.engagementAttributes = {u"Apple Authentication supported"_s};
        Result<QString> convId =
            hub->startConversation(evil, u"<a href='https://evil.example'>click</a>"_s);
        QVERIFY2(convId.ok(), qPrintable(convId.error()));

        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfCustomer(list, name) >= 0, kWait);
        list->setCurrentIndex(list->model()->index(rowOfCustomer(list, name), 0));
        // Waiting: the accept bar, the header and the customer panel name them.
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QPushButton *>(u"acceptButton"_s)->isVisible(),
                                 kWait);
        QStringList bad = mangled(window, u"Evil"_s, name);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u"\n"_s)));
        bad = mangled(window, u"MOBILE"_s, u"<i>MOBILE</i>"_s);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u"\n"_s)));

        QTRY_VERIFY_WITH_TIMEOUT(demo.desk->keyRing()->isOpen(), kWait);
        QVERIFY(acceptAndRequestSignIn(window));
        std::optional<Auth::AuthTracker::Request> request;
        QTRY_VERIFY_WITH_TIMEOUT(
            (request = demo.desk->authTracker()->latest(convId.value())).has_value() &&
                request->state == Auth::AuthTracker::State::Sent,
            kWait);

        // The customer's side answers with a failure whose reason paints a fake sign-in.
        const QString fake = u"<b>✔ Authenticated as Daniel Okafor</b>"_s;
        const QJsonObject failed{{"type"_L1, "ConnectorAuthenticationResponse"_L1},
                                 {"encrypted"_L1, true},
                                 {"status"_L1, false},
                                 {"requestIdentifier"_L1, request->requestId},
                                 {"errors"_L1, QJsonArray{QJsonObject{{"message"_L1, fake}}}}};
        Event answer;
        answer.message = u"Authentication failed"_s;
        QVERIFY(hub->publish(convId.value(), evil.id, ParticipantRole::Consumer, answer,
                             QJsonArray{failed})
                    .ok());
        auto *state = window->findChild<QLabel *>(u"signInRequestState"_s);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"Daniel"_s), kWait);
        bad = mangled(window, u"Daniel"_s, fake);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u"\n"_s)));
        QVERIFY(!shown(window->findChild<QLabel *>(u"authenticatedAs"_s)).contains(u"Daniel"_s));
        // The answer in the transcript says it was not accepted; asking again is one click.
        auto *transcript = window->findChild<QListView *>(u"transcript"_s);
        auto *bubbles = qobject_cast<Ui::BubbleDelegate *>(transcript->itemDelegate());
        QVERIFY(bubbles);
        bool marked = false;
        for (int row = 0; row < transcript->model()->rowCount(); ++row) {
            const QModelIndex index = transcript->model()->index(row, 0);
            if (index.data(MessageListModel::AnswersRequestRole).toString() != request->requestId)
                continue;
            const Ui::MessageView view = bubbles->viewOf(index);
            marked = view.warning && view.status.startsWith(u"Sign-in not accepted"_s);
        }
        QVERIFY(marked);
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QPushButton *>(u"askAgainButton"_s)->isVisible(),
                                 kWait);

        // An answer to a request that does not exist, named in markup: refused, and the note
        // quotes it as it came.
        const QJsonObject unknown{{"type"_L1, "ConnectorAuthenticationResponse"_L1},
                                  {"encrypted"_L1, true},
                                  {"status"_L1, true},
                                  {"token"_L1, u"AAAA"_s},
                                  {"requestIdentifier"_L1, u"<u>Mallory</u>"_s}};
        QVERIFY(hub->publish(convId.value(), evil.id, ParticipantRole::Consumer, answer,
                             QJsonArray{unknown})
                    .ok());
        auto *note = window->findChild<QLabel *>(u"customerNote"_s);
        QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(u"Mallory"_s), kWait);
        bad = mangled(window, u"Mallory"_s, u"<u>Mallory</u>"_s);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u"\n"_s)));
    }

    void claimsAndNamesFromTheProviderAppearLiterally()
    {
        DemoDesk demo;
        QVERIFY(demo.start());
        Hub::HubServer *hub = demo.desk->embeddedHub();
        // Maya's account, as a provider could hold it: markup in her name and a claim.
        Hub::CustomerAccount maya =
            hub->store().customerAccountByUsername(u"maya@example.com"_s).value();
        maya.name = u"Maya <script>Chen</script>"_s;
        maya.attributes.insert("membership_tier"_L1, u"<b>platinum</b>"_s);
        QVERIFY(hub->store().upsertCustomerAccount(maya, u"maya-demo-pass"_s).ok());

        Ui::MainWindow *window = demo.window();
        auto *list = window->findChild<QListView *>(u"conversationList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfCustomer(list, u"Maya Chen"_s) >= 0, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(demo.desk->keyRing()->isOpen(), kWait);
        list->setCurrentIndex(list->model()->index(rowOfCustomer(list, u"Maya Chen"_s), 0));
        QVERIFY(acceptAndRequestSignIn(window));
        // She signs in by herself; the identity card names her with her claims.
        auto *card = window->findChild<QLabel *>(u"authenticatedAs"_s);
        QTRY_VERIFY_WITH_TIMEOUT(card->isVisible(), kWait);
        QVERIFY2(shown(card).contains(u"Maya <script>Chen</script>"_s), qPrintable(shown(card)));
        QVERIFY2(shown(card).contains(u"membership_tier: <b>platinum</b>"_s),
                 qPrintable(shown(card)));
        QStringList bad = mangled(window, u"platinum"_s, u"<b>platinum</b>"_s);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u"\n"_s)));
        bad = mangled(window, u"script"_s, u"<script>Chen</script>"_s);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u"\n"_s)));
    }
};

QTEST_MAIN(RemoteTextTest)
#include "RemoteTextTest.moc"
