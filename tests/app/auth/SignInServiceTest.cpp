// Sending sign-in requests for real: desk core + in-process hub on 127.0.0.1 + key ring. The hub
// must receive exactly the payload of PROTOCOL.md §2 (golden files), and every gate explains
// itself.
#include "auth/SignInService.h"
#include "AuthFixtures.h"
#include "Await.h"
#include "InMemorySecretStore.h"
#include "TestData.h"
#include "TestHub.h"
#include "conversation/DeskSession.h"
#include "crypto/AppleTokenCipher.h"
#include "keys/KeyRing.h"
#include "protocol/Codec.h"
#include "protocol/MessageTypes.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Signet;
using namespace Signet::Auth;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;
using State = AuthTracker::State;

namespace {
constexpr int kWait = 10000;

// The stored event and metadata with the per-request values replaced, as in the golden files.
QJsonObject normalised(const MessagingEvent &event)
{
    QJsonArray metadata = event.metadata;
    QJsonObject request = metadata.at(1).toObject();
    request.insert("requestIdentifier"_L1, u"<requestIdentifier>"_s);
    request.insert("apple"_L1,
                   QJsonObject{{"oauth2"_L1, QJsonObject{{"responseEncryptionKey"_L1,
                                                          u"<responseEncryptionKey>"_s}}}});
    metadata.replace(1, request);
    return {{"event"_L1, toJson(event.event)}, {"metadata"_L1, metadata}};
}

struct Desk
{
    QTemporaryDir dir;
    InMemorySecretStore secrets;
    std::unique_ptr<AgentConnection> connection;
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<KeyRing> keyRing;
    std::unique_ptr<AuthTracker> tracker;
    std::unique_ptr<SignInService> signIn;

    explicit Desk(TestHub &hub)
    {
        connection = hub.connect(u"ana"_s, kPassword);
        session = std::make_unique<DeskSession>(connection.get());
        keyRing = std::make_unique<KeyRing>(&secrets);
        tracker = std::make_unique<AuthTracker>(dir.filePath(u"auth.json"_s));
        signIn = std::make_unique<SignInService>(session.get(), keyRing.get(), tracker.get());
        signIn->setAllowedImageHosts({u"images.acme.example"_s});
    }
};

bool accept(Desk &desk, const QString &convId)
{
    if (!QTest::qWaitFor([&] { return desk.session->conversations()->item(convId) != nullptr; },
                         kWait))
        return false;
    return awaitStatus([&](auto done) { desk.session->accept(convId, done); }).ok() &&
           QTest::qWaitFor([&] { return desk.session->isAssignedToMe(convId); }, kWait);
}
} // namespace

class SignInServiceTest : public QObject
{
    Q_OBJECT
private slots:
    void theHubReceivesExactlyTheSpecifiedPayload_data()
    {
        QTest::addColumn<int>("style");
        QTest::newRow("icon") << static_cast<int>(BubbleStyle::Icon);
        QTest::newRow("small") << static_cast<int>(BubbleStyle::Small);
        QTest::newRow("large") << static_cast<int>(BubbleStyle::Large);
    }
    void theHubReceivesExactlyTheSpecifiedPayload()
    {
        QFETCH(int, style);
        const auto s = static_cast<BubbleStyle>(style);
        TestHub hub;
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        Desk desk(hub);
        QVERIFY(awaitStatus([&](auto done) { desk.keyRing->open(done); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(desk.connection->state(), AgentConnection::State::Online, kWait);
        const QString convId = hub.startCustomer(u"c-17"_s, u"Maya"_s, u"Hi"_s, u"17.4"_s);
        QVERIFY(accept(desk, convId));
        QVERIFY(desk.signIn->gate(convId).allowed);

        Result<QString> sent =
            await<QString>([&](auto done) { desk.signIn->send(convId, Test::acmeDraft(s), done); });
        QVERIFY2(sent.ok(), qPrintable(sent.error()));
        QCOMPARE(desk.tracker->request(sent.value())->state, State::Sent);

        // Byte for byte what PROTOCOL.md §2 specifies, as the hub stored it.
        const MessagingEvent stored = hub.hub().store().events(convId, -1, 100).last();
        const QJsonObject golden =
            QJsonDocument::fromJson(Test::readData(u"auth/request-%1.json"_s.arg(styleName(s))))
                .object();
        QCOMPARE(normalised(stored), golden);
        // The identifier is a fresh UUID and the key is the key ring's, a valid P-384 point.
        const QJsonObject request = stored.metadata.at(1).toObject();
        QCOMPARE(request.value("requestIdentifier"_L1).toString(), sent.value());
        const QString publicKey = request.value("apple"_L1)
                                      .toObject()
                                      .value("oauth2"_L1)
                                      .toObject()
                                      .value("responseEncryptionKey"_L1)
                                      .toString();
        QCOMPARE(publicKey, desk.keyRing->key(sent.value())->publicKey);
        QVERIFY(Crypto::AppleTokenCipher::isValidRecipientKey(publicKey));
        QVERIFY(hub.hub().store().hasAuthRequest(sent.value()));

        // The transcript shows it as a sign-in request card.
        MessageListModel *messages = desk.session->messages(convId);
        QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() == 2, kWait);
        QCOMPARE(messages->messageAt(1).authRequestId, sent.value());
        QCOMPARE(messages->messageAt(1).text, u"Sign in to Acme"_s);
    }

    void everyGateExplainsItself()
    {
        TestHub hub;
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        Desk desk(hub);
        QTRY_COMPARE_WITH_TIMEOUT(desk.connection->state(), AgentConnection::State::Online, kWait);
        const QString ios17 = hub.startCustomer(u"c-17"_s, u"Maya"_s, u"Hi"_s, u"17.4"_s);
        const QString ios11 = hub.startCustomer(u"c-11"_s, u"Rosa"_s, u"Hi"_s, u"11.4"_s);
        QTRY_VERIFY_WITH_TIMEOUT(desk.session->conversations()->rowCount() == 2, kWait);

        QVERIFY(desk.signIn->gate(ios11).reason.contains(u"iOS 11.4 cannot sign in"_s));
        QVERIFY(desk.signIn->gate(ios17).reason.contains(u"Accept the conversation"_s));
        QVERIFY(accept(desk, ios17));
        // The key ring is not open yet: the keychain is the reason.
        QVERIFY(desk.signIn->gate(ios17).reason.contains(u"keychain"_s));
        QVERIFY(awaitStatus([&](auto done) { desk.keyRing->open(done); }).ok());
        QVERIFY(desk.signIn->gate(ios17).allowed);

        Result<QString> first = await<QString>(
            [&](auto done) { desk.signIn->send(ios17, Test::acmeDraft(BubbleStyle::Icon), done); });
        QVERIFY(first.ok());
        const SignInService::Gate pending = desk.signIn->gate(ios17);
        QVERIFY(!pending.allowed);
        QCOMPARE(pending.pendingRequestId, first.value());
        QVERIFY(pending.reason.contains(u"Resend or cancel"_s));
        QVERIFY(!await<QString>([&](auto done) {
                     desk.signIn->send(ios17, Test::acmeDraft(BubbleStyle::Icon), done);
                 }).ok());

        // Resend: the waiting request is cancelled (its key released), a new one goes out.
        Result<QString> second =
            await<QString>([&](auto done) { desk.signIn->resend(ios17, done); });
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(second.value() != first.value());
        QCOMPARE(desk.tracker->request(first.value())->state, State::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.secrets.items().contains(KeyRing::entryName(first.value())),
                                 kWait);
        QVERIFY(desk.secrets.items().contains(KeyRing::entryName(second.value())));
        desk.signIn->cancel(second.value());
        QTRY_VERIFY_WITH_TIMEOUT(!desk.secrets.items().contains(KeyRing::entryName(second.value())),
                                 kWait);
        QVERIFY(desk.signIn->gate(ios17).allowed);

        // An invalid draft is refused before anything is sent.
        AuthRequestDraft bad = Test::acmeDraft(BubbleStyle::Icon);
        bad.received.imageUrl = u"https://tracker.example/pixel.png"_s;
        Result<QString> refused =
            await<QString>([&](auto done) { desk.signIn->send(ios17, bad, done); });
        QVERIFY(refused.error().contains(u"allow-list"_s));

        bool closed = false;
        desk.session->close(ios17, [&closed](const Status &s) { closed = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(closed, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(desk.signIn->gate(ios17).reason.contains(u"closed"_s), kWait);
    }

    void theHubRefusesRequestsItShouldNotPass()
    {
        TestHub hub;
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        Desk desk(hub);
        QTRY_COMPARE_WITH_TIMEOUT(desk.connection->state(), AgentConnection::State::Online, kWait);
        const QString ios11 = hub.startCustomer(u"c-11"_s, u"Rosa"_s, u"Hi"_s, u"11.4"_s);
        const QString ios17 = hub.startCustomer(u"c-17"_s, u"Maya"_s, u"Hi"_s, u"17.4"_s);
        QVERIFY(accept(desk, ios11));
        QVERIFY(accept(desk, ios17));
        const QString key = Crypto::EcKeyPair::generate()->publicKeyBase64();
        auto publish = [&](const QString &convId, const QJsonArray &metadata) {
            PublishEventRequest request;
            request.conversationId = convId;
            request.dialogId = convId;
            request.event.type = Event::Type::RichContent;
            request.event.content =
                AppleAuthRequest::bodyTemplate(Test::acmeDraft(BubbleStyle::Icon));
            return await<Envelope>([&](auto done) {
                desk.connection->request(
                    Types::PublishEvent, toJson(request), this,
                    [done](const Result<Envelope> &r) { done(r); }, metadata);
            });
        };
        // The hub checks the device itself, whatever the desk says.
        QVERIFY(publish(ios11, AppleAuthRequest::metadata(Test::acmeDraft(BubbleStyle::Icon),
                                                          u"r-1"_s, key))
                    .error()
                    .contains(u"iOS 11.4 cannot sign in"_s));
        QVERIFY(publish(ios17, AppleAuthRequest::metadata(Test::acmeDraft(BubbleStyle::Icon),
                                                          u"r-1"_s, u"bm90IGEga2V5"_s))
                    .error()
                    .contains(u"responseEncryptionKey"_s));
        AuthRequestDraft untitled = Test::acmeDraft(BubbleStyle::Icon);
        untitled.reply.title.clear();
        QVERIFY(publish(ios17, AppleAuthRequest::metadata(untitled, u"r-1"_s, key))
                    .error()
                    .contains(u"title"_s));
        QVERIFY(publish(ios17, AppleAuthRequest::metadata(Test::acmeDraft(BubbleStyle::Icon),
                                                          u"r-1"_s, key))
                    .ok());
        QVERIFY(publish(ios17, AppleAuthRequest::metadata(Test::acmeDraft(BubbleStyle::Icon),
                                                          u"r-1"_s, key))
                    .error()
                    .contains(u"already used"_s));
    }
};

QTEST_GUILESS_MAIN(SignInServiceTest)
#include "SignInServiceTest.moc"
