#include "TestHub.h"

#include "Await.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Signet::Test {

using namespace Qt::StringLiterals;

TestHub::TestHub(bool demo, double demoTimeScale, std::optional<Hub::HubTls> tls)
    : TestHub(Configure([&](Hub::HubOptions &o) {
        o.demo = demo;
        o.demoTimeScale = demoTimeScale;
        o.tls = std::move(tls);
    }))
{}

TestHub::TestHub(const Configure &configure)
{
    // The team allows the fixtures' bubble images (AuthFixtures); a test may say otherwise.
    m_options.team.imageHosts = {u"images.acme.example"_s};
    configure(m_options);
    m_options.address = QHostAddress::LocalHost;
    m_options.port = 0;
    // A second hub on another's database keeps the database it was given.
    if (m_options.databasePath.isEmpty())
        m_options.databasePath = freshDatabase(m_dir);
    m_hub = std::make_unique<Hub::HubServer>(m_options);
    Result<quint16> port = m_hub->start();
    m_started = port.ok();
    if (!port)
        m_error = port.error();
    else
        m_options.port = port.value();
}

TestHub::~TestHub() = default;

QString TestHub::databasePath() const
{
    return m_options.databasePath;
}

bool TestHub::addUser(const QString &name, const QString &password, const QString &role)
{
    return m_hub->store().upsertAgent(name, name, role, password).ok();
}

ServerEndpoint TestHub::endpoint(const QString &user) const
{
    ServerEndpoint e;
    e.baseUrl = QUrl(m_hub->baseUrl());
    e.username = user;
    return e;
}

QString TestHub::loginBearer(const QString &user, const QString &password)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_hub->baseUrl() + u"/api/account/signet/login?v=1.3"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = network.post(
        request,
        QJsonDocument(QJsonObject{{"username"_L1, user}, {"password"_L1, password}}).toJson());
    if (!spinUntil([reply] { return reply->isFinished(); }, 15000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value("bearer"_L1).toString();
}

QUrl TestHub::webSocketUrl(const QString &bearer) const
{
    QUrl url(m_hub->baseUrl() + u"/ws_api/account/signet/messaging/brand/"_s + bearer);
    url.setScheme(url.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
    url.setQuery(u"v=2.1"_s);
    return url;
}

std::unique_ptr<AgentConnection> TestHub::connect(const QString &user, const QString &password)
{
    auto connection = std::make_unique<AgentConnection>();
    ReconnectPolicy fast;
    fast.initialDelayMs = 50;
    fast.maxDelayMs = 400;
    connection->setReconnectPolicy(fast);
    connection->setRequestTimeout(5000);
    connection->open(endpoint(user), password);
    return connection;
}

QString TestHub::startCustomer(const QString &consumerId, const QString &firstName,
                               const QString &text, const QString &osVersion)
{
    Hub::ConsumerRecord consumer;
    consumer.id = consumerId;
    consumer.firstName = firstName;
    consumer.lastName = u"Tester"_s;
    consumer.context.channel = Protocol::ChannelType::AppleMessages;
    consumer.context.clientProperties = {u"iOS"_s, osVersion, u"MOBILE"_s, {}};
    consumer.context.engagementAttributes = {u"Apple Authentication supported"_s};
    Result<QString> convId = m_hub->startConversation(consumer, text);
    return convId ? convId.value() : QString();
}

bool TestHub::restart()
{
    stop();
    return start();
}

void TestHub::stop()
{
    m_hub.reset();
    m_started = false;
}

bool TestHub::start()
{
    m_hub = std::make_unique<Hub::HubServer>(m_options);
    Result<quint16> port = m_hub->start();
    m_started = port.ok();
    return m_started;
}

} // namespace Signet::Test
