// The hub and the desk core together over real sockets on 127.0.0.1: login, subscription, the
// demo customers, accept/reply/close, rings for two agents, and catch-up after dropped connections
// and a hub restart.
#include "TestHub.h"
#include "conversation/DeskSession.h"
#include "demo/DemoCustomers.h"
#include "protocol/Codec.h"
#include "protocol/MessageTypes.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace Signet;
using namespace Signet::Protocol;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 10000;

struct Desk
{
    std::unique_ptr<AgentConnection> connection;
    std::unique_ptr<DeskSession> session;
};

Desk openDesk(TestHub &hub, const QString &user, const QString &password = kPassword)
{
    Desk desk;
    desk.connection = hub.connect(user, password);
    desk.session = std::make_unique<DeskSession>(desk.connection.get());
    return desk;
}

QList<qint64> storeSequences(TestHub &hub, const QString &convId)
{
    QList<qint64> out;
    for (const MessagingEvent &e : hub.hub().store().events(convId, -1, 1000)) {
        if (e.event.type == Event::Type::Content)
            out.append(e.sequence);
    }
    return out;
}
} // namespace

class HubIntegrationTest : public QObject
{
    Q_OBJECT
private slots:
    void loginRefusesAWrongPasswordAndAcceptsTheRightOne()
    {
        TestHub hub;
        QVERIFY2(hub.ok(), qPrintable(hub.error()));
        QVERIFY(hub.addUser(u"ana"_s, kPassword));

        auto wrong = hub.connect(u"ana"_s, u"not the password"_s);
        QTRY_COMPARE_WITH_TIMEOUT(wrong->state(), AgentConnection::State::Offline, kWait);
        QVERIFY2(wrong->offlineReason().contains(u"Wrong user name or password"_s),
                 qPrintable(wrong->offlineReason()));

        auto unknown = hub.connect(u"nobody"_s, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(unknown->state(), AgentConnection::State::Offline, kWait);
        QVERIFY(unknown->offlineReason().contains(u"Wrong user name or password"_s));

        auto right = hub.connect(u"ana"_s, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(right->state(), AgentConnection::State::Online, kWait);
        QCOMPARE(right->login().role, u"agent"_s);
        QVERIFY(!right->login().userId.isEmpty());
        QVERIFY(right->stateText().contains(u"Online"_s));
    }

    void aWebSocketWithoutAValidBearerIsClosed()
    {
        TestHub hub;
        QWebSocket socket;
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(
            QUrl(u"ws://127.0.0.1:%1/ws_api/account/signet/messaging/brand/forged?v=2.1"_s.arg(
                hub.hub().port())));
        QVERIFY(disconnected.wait(kWait));
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(hub.hub().connectionCount(), 0);
    }

    void plainHttpIsRefusedOffLoopback()
    {
        AgentConnection connection;
        ServerEndpoint endpoint;
        endpoint.baseUrl = QUrl(u"http://hub.example.com:8480"_s);
        endpoint.username = u"ana"_s;
        connection.open(endpoint, kPassword);
        QCOMPARE(connection.state(), AgentConnection::State::Offline);
        QVERIFY(connection.offlineReason().contains(u"https://"_s));
    }

    void demoCustomersArriveAndAConversationRunsItsCourse()
    {
        TestHub hub(true, 0.01);
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        Desk desk = openDesk(hub, u"ana"_s);
        ConversationListModel *list = desk.session->conversations();
        const int customers = static_cast<int>(Hub::DemoCustomers::scripts().size());
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), customers, kWait);

        // Every demo customer has a name, a device and the right sign-in capability.
        const int maya = list->rowOf(list->conversationIds().first());
        QTRY_COMPARE_WITH_TIMEOUT(
            list->index(maya).data(ConversationListModel::CustomerNameRole).toString(),
            u"Maya Chen"_s, kWait);
        int unsupported = 0;
        for (int row = 0; row < list->rowCount(); ++row)
            unsupported +=
                list->index(row).data(ConversationListModel::SignInSupportedRole).toBool() ? 0 : 1;
        QCOMPARE(unsupported, 2); // iOS 11 and web chat
        QVERIFY(list->index(maya).data(ConversationListModel::RingingRole).toBool());

        const QString convId = list->itemAt(maya).details.convId;
        MessageListModel *messages = desk.session->messages(convId);
        QVERIFY(messages);
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 1, kWait);
        QVERIFY(messages->messageAt(0).fromCustomer());
        QVERIFY(messages->messageAt(0).text.contains(u"charged twice"_s));

        // Writing before accepting is refused by the hub, and the message says so.
        desk.session->sendText(convId, u"too early"_s);
        QTRY_COMPARE_WITH_TIMEOUT(messages->messageAt(messages->rowCount() - 1).delivery,
                                  MessageListModel::Delivery::Failed, kWait);
        QVERIFY(messages->messageAt(messages->rowCount() - 1)
                    .error.contains(u"Accept the conversation"_s));

        bool accepted = false;
        desk.session->accept(convId, [&accepted](const Status &s) { accepted = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(accepted, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(desk.session->isAssignedToMe(convId), kWait);
        QVERIFY(
            !list->index(list->rowOf(convId)).data(ConversationListModel::RingingRole).toBool());

        QSignalSpy published(&hub.hub(), &Hub::HubServer::eventPublished);
        desk.session->sendText(convId, u"Hello Maya, let me check."_s);
        // The customer's side receives it (it is stored and published to the consumer)...
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(published.cbegin(), published.cend(),
                        [](const QList<QVariant> &args) {
                            const auto e = args.first().value<MessagingEvent>();
                            return e.event.message == u"Hello Maya, let me check."_s;
                        }),
            kWait);
        // ...reads it, and answers with the next line of the script.
        auto someAgentMessageRead = [messages] {
            for (int row = 0; row < messages->rowCount(); ++row) {
                if (messages->messageAt(row).delivery == MessageListModel::Delivery::Read)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(someAgentMessageRead(), kWait);
        auto newestFromCustomer = [messages] {
            for (int row = messages->rowCount() - 1; row >= 0; --row) {
                if (messages->messageAt(row).fromCustomer())
                    return messages->messageAt(row).text;
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(newestFromCustomer().contains(u"two charges"_s), kWait);

        bool closed = false;
        desk.session->close(convId, [&closed](const Status &s) { closed = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(closed, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.session->isOpen(convId), kWait);
        QVERIFY(list->rowOf(convId) >= 0); // the agent still sees it, closed
        QCOMPARE(hub.hub().store().conversation(convId)->state, ConversationState::Closed);
    }

    void twoAgentsSeeTheRightRings()
    {
        TestHub hub;
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        QVERIFY(hub.addUser(u"ben"_s, kPassword));
        Desk ana = openDesk(hub, u"ana"_s);
        Desk ben = openDesk(hub, u"ben"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ana.connection->state(), AgentConnection::State::Online, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(ben.connection->state(), AgentConnection::State::Online, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(hub.hub().connectionCount(), 2, kWait);
        QTest::qWait(200); // both subscriptions are in place

        const QString convId = hub.startCustomer(u"c-1"_s, u"Iris"_s, u"Hello?"_s);
        QVERIFY(!convId.isEmpty());
        auto ringing = [](Desk &desk, const QString &id) {
            const int row = desk.session->conversations()->rowOf(id);
            return row >= 0 && desk.session->conversations()
                                   ->index(row)
                                   .data(ConversationListModel::RingingRole)
                                   .toBool();
        };
        QTRY_VERIFY_WITH_TIMEOUT(ringing(ana, convId), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(ringing(ben, convId), kWait);

        bool accepted = false;
        ana.session->accept(convId, [&accepted](const Status &s) { accepted = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(accepted, kWait);
        // Ben's ring is withdrawn and the conversation leaves his list; Ana has it.
        QTRY_COMPARE_WITH_TIMEOUT(ben.session->conversations()->rowOf(convId), -1, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(ana.session->isAssignedToMe(convId), kWait);
        QVERIFY(!ringing(ana, convId));

        // The hub, not the desk, decides: Ben cannot take it over by asking.
        std::optional<Status> second;
        ben.session->accept(convId, [&second](const Status &s) { second = s; });
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), kWait);
        QVERIFY(!second->ok());

        // A ring can also be answered the LivePerson way, with UpdateRingState.
        const QString third = hub.startCustomer(u"c-3"_s, u"Kim"_s, u"Hey"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ringing(ben, third), kWait);
        const QString ringId = ben.session->conversations()->item(third)->ringId;
        std::optional<Result<Envelope>> answer;
        ben.connection->request(Types::UpdateRingState,
                                toJson(RingStateUpdate{u"forged"_s, u"ACCEPTED"_s}), this,
                                [&answer](const Result<Envelope> &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
        QVERIFY(answer->error().contains(u"No such ring"_s));
        answer.reset();
        ben.connection->request(Types::UpdateRingState,
                                toJson(RingStateUpdate{ringId, u"ACCEPTED"_s}), this,
                                [&answer](const Result<Envelope> &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
        QVERIFY2(answer->ok(), qPrintable(answer->error()));
        QTRY_VERIFY_WITH_TIMEOUT(ben.session->isAssignedToMe(third), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(ana.session->conversations()->rowOf(third), -1, kWait);

        // A second conversation rings Ben too, and Ana again.
        const QString another = hub.startCustomer(u"c-2"_s, u"Jon"_s, u"Hi"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ringing(ben, another), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(ringing(ana, another), kWait);
    }

    void droppedConnectionsCatchUpWithNoLossOrDuplicates()
    {
        TestHub hub;
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        Desk desk = openDesk(hub, u"ana"_s);
        QTRY_COMPARE_WITH_TIMEOUT(desk.connection->state(), AgentConnection::State::Online, kWait);
        QTest::qWait(100);
        const QString convId = hub.startCustomer(u"c-1"_s, u"Iris"_s, u"message 0"_s);
        QTRY_VERIFY_WITH_TIMEOUT(desk.session->messages(convId) &&
                                     desk.session->messages(convId)->rowCount() == 1,
                                 kWait);
        bool accepted = false;
        desk.session->accept(convId, [&accepted](const Status &s) { accepted = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(accepted, kWait);

        int sent = 1;
        for (int cycle = 0; cycle < 5; ++cycle) {
            QVERIFY(hub.hub().consumerSend(convId, u"message %1"_s.arg(sent++)).ok());
            // Cut the connection, from the hub side or the desk side, while the customer keeps
            // talking.
            if (cycle % 2 == 0)
                hub.hub().dropAllConnections();
            else
                desk.connection->simulateNetworkDrop();
            for (int i = 0; i < 3; ++i)
                QVERIFY(hub.hub().consumerSend(convId, u"message %1"_s.arg(sent++)).ok());
            QTRY_COMPARE_WITH_TIMEOUT(desk.connection->state(), AgentConnection::State::Online,
                                      kWait);
            QTRY_COMPARE_WITH_TIMEOUT(desk.session->messages(convId)->sequences(),
                                      storeSequences(hub, convId), kWait);
        }
        MessageListModel *messages = desk.session->messages(convId);
        QCOMPARE(messages->rowCount(), sent);
        for (int row = 0; row < messages->rowCount(); ++row)
            QCOMPARE(messages->messageAt(row).text, u"message %1"_s.arg(row));
    }

    void whatChangedWhileOfflineIsReconciledOnReconnect()
    {
        TestHub hub;
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        QVERIFY(hub.addUser(u"ben"_s, kPassword));
        Desk ana = openDesk(hub, u"ana"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ana.connection->state(), AgentConnection::State::Online, kWait);
        QTest::qWait(100);
        const QString mine = hub.startCustomer(u"c-1"_s, u"Iris"_s, u"mine"_s);
        const QString waiting = hub.startCustomer(u"c-2"_s, u"Jon"_s, u"waiting"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ana.session->conversations()->rowCount(), 2, kWait);
        bool accepted = false;
        ana.session->accept(mine, [&accepted](const Status &s) { accepted = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(accepted, kWait);

        // Ana's desk is offline while Ben takes the waiting customer and Ana's conversation closes.
        ReconnectPolicy slow;
        slow.initialDelayMs = 1500;
        ana.connection->setReconnectPolicy(slow);
        ana.connection->simulateNetworkDrop();
        QTRY_COMPARE_WITH_TIMEOUT(ana.connection->state(), AgentConnection::State::Reconnecting,
                                  kWait);
        QTRY_COMPARE_WITH_TIMEOUT(hub.hub().connectionCount(), 0, kWait);
        const auto ben = hub.hub().store().agentByName(u"ben"_s);
        QVERIFY(hub.hub().assign(waiting, ben->id).ok());
        QVERIFY(hub.hub().close(mine).ok());

        QTRY_COMPARE_WITH_TIMEOUT(ana.connection->state(), AgentConnection::State::Online, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(ana.session->conversations()->rowOf(waiting), -1, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!ana.session->isOpen(mine), kWait);
        QVERIFY(ana.session->conversations()->rowOf(mine) >= 0);
        QCOMPARE(ana.session->messages(mine)->rowCount(), 1); // the transcript is kept
    }

    void aHubRestartLosesNothing()
    {
        TestHub hub;
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        Desk desk = openDesk(hub, u"ana"_s);
        QTRY_COMPARE_WITH_TIMEOUT(desk.connection->state(), AgentConnection::State::Online, kWait);
        QTest::qWait(100);
        const QString convId = hub.startCustomer(u"c-1"_s, u"Iris"_s, u"before"_s);
        QTRY_VERIFY_WITH_TIMEOUT(desk.session->messages(convId) &&
                                     desk.session->messages(convId)->rowCount() == 1,
                                 kWait);
        QVERIFY(hub.restart());
        QVERIFY(hub.hub().consumerSend(convId, u"after restart"_s).ok());
        QTRY_COMPARE_WITH_TIMEOUT(desk.connection->state(), AgentConnection::State::Online, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(desk.session->messages(convId)->rowCount(), 2, kWait);
        QCOMPARE(desk.session->messages(convId)->messageAt(1).text, u"after restart"_s);
    }

    void malformedRequestsGetErrorsAndTheSessionCarriesOn()
    {
        TestHub hub;
        QVERIFY(hub.addUser(u"ana"_s, kPassword));
        auto connection = hub.connect(u"ana"_s, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), AgentConnection::State::Online, kWait);

        std::optional<Result<Envelope>> answer;
        auto keep = [&answer](const Result<Envelope> &r) { answer = r; };
        connection->request(u".ams.ms.Teleport"_s, QJsonObject{}, this, keep);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
        QVERIFY(!answer->ok());
        QVERIFY(answer->error().contains(u"Unsupported request type"_s));

        answer.reset();
        connection->request(Types::PublishEvent, QJsonObject{{"dialogId"_L1, 5}}, this, keep);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
        QVERIFY(answer->error().contains(u"body.dialogId: expected a string"_s));

        answer.reset();
        connection->request(Types::QueryMessages, QJsonObject{{"dialogId"_L1, u"nope"_s}}, this,
                            keep);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
        QVERIFY(answer->error().contains(u"No such dialog"_s));

        answer.reset();
        connection->request(Types::GetClock, QJsonObject{}, this, keep);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
        QVERIFY(answer->ok());
        QVERIFY(answer->value().body.toObject().value("currentTime"_L1).toDouble() > 0);
    }
};

QTEST_GUILESS_MAIN(HubIntegrationTest)
#include "HubIntegrationTest.moc"
