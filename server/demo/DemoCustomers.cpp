#include "demo/DemoCustomers.h"

#include "crypto/RandomToken.h"

#include "HubServer.h"
#include "auth/AppleAuthRequest.h"
#include "channels/apple/AppleSignInFlow.h"
#include "demo/DemoBrowser.h"
#include "logging/Logging.h"

#include <QJsonObject>
#include <QTimer>

#include <cmath>

namespace Signet::Hub {

using namespace Qt::StringLiterals;
using namespace Protocol;

namespace {

ConversationContext appleContext(const QString &osVersion, bool supported)
{
    ConversationContext c;
    c.channel = ChannelType::AppleMessages;
    c.clientProperties.os = u"iOS"_s;
    c.clientProperties.osVersion = osVersion;
    c.clientProperties.deviceFamily = u"MOBILE"_s;
    c.clientProperties.features = {u"RICH_CONTENT"_s, u"AUTO_MESSAGES"_s};
    c.engagementAttributes = {supported ? u"Apple Authentication supported"_s
                                        : u"Apple Authentication not supported"_s};
    return c;
}

} // namespace

DemoCustomers::DemoCustomers(HubServer *hub, double timeScale, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_timeScale(timeScale)
    , m_scripts(scripts())
    , m_browser(new DemoBrowser(this))
{
    connect(m_hub, &HubServer::eventPublished, this, &DemoCustomers::onEvent);
    if (m_hub->options().tls)
        m_hub->options().tls->trustOwnCertificate(m_browser->network());
}

QList<DemoCustomers::Script> DemoCustomers::scripts()
{
    ConversationContext web;
    web.channel = ChannelType::WebChat;
    web.clientProperties = {u"Windows"_s, u"11"_s, u"DESKTOP"_s, {u"CO_BROWSE"_s}};
    auto account = [](const QString &subject, const QString &name, const QString &email,
                      const QString &tier, int since) {
        return CustomerAccount{
            subject,   email,
            QString(), name,
            email,     QJsonObject{{"membership_tier"_L1, tier}, {"customer_since"_L1, since}}};
    };

    return {
        {{u"demo-maya"_s, u"Maya"_s, u"Chen"_s, appleContext(u"17.4"_s, true)},
         1000,
         u"Hi! I was charged twice for order #4417 — can you help?"_s,
         {u"It's the one from last Tuesday: two charges of $84.20."_s,
          u"Sure, I can sign in if you need to check it's me."_s, u"Perfect, thank you so much!"_s},
         account(u"c-1001"_s, u"Maya Chen"_s, u"maya@example.com"_s, u"gold"_s, 2019),
         u"maya-demo-pass"_s,
         QString(),
         u"billing"_s},
        {{u"demo-daniel"_s, u"Daniel"_s, u"Okafor"_s, appleContext(u"15.7"_s, true)},
         8000,
         u"Hello, I'd like to change the delivery address on my subscription."_s,
         {u"The new address is 12 Harbour Street, apartment 3."_s,
          u"From the next delivery on, please."_s, u"Great, thanks for the quick help."_s},
         account(u"c-1002"_s, u"Daniel Okafor"_s, u"daniel@example.com"_s, u"silver"_s, 2022),
         u"daniel-demo-pass"_s,
         u"daniel-demo"_s,
         u"subscriptions"_s}, // Daniel mistypes his password once
        {{u"demo-rosa"_s, u"Rosa"_s, u"Álvarez"_s, appleContext(u"11.4"_s, false)},
         25000,
         u"Is my card ending 2231 still active? It was declined this morning."_s,
         {u"I'm on an older iPhone, I hope that's OK."_s,
          u"Yes, it's the card I used last month."_s, u"Thank you, I'll try again later."_s},
         account(u"c-1003"_s, u"Rosa Álvarez"_s, u"rosa@example.com"_s, u"standard"_s, 2016),
         u"rosa-demo-pass"_s,
         QString(),
         u"cards"_s},
        {{u"demo-sam"_s, u"Sam"_s, u"Patel"_s, web},
         50000,
         u"Do you ship to Canada? I'm on your website right now."_s,
         {u"Toronto, Ontario."_s, u"How long does it usually take?"_s, u"Good to know, thanks!"_s},
         account(u"c-1004"_s, u"Sam Patel"_s, u"sam@example.com"_s, u"bronze"_s, 2024),
         u"sam-demo-pass"_s,
         QString(),
         u"shipping"_s},
    };
}

int DemoCustomers::scaled(int ms) const
{
    return static_cast<int>(std::lround(ms * m_timeScale));
}

void DemoCustomers::start(bool arrivals)
{
    // Their accounts at the brand's login page (created once per database: hashing is slow on
    // purpose).
    for (const Script &script : std::as_const(m_scripts)) {
        if (!m_hub->store().customerAccountBySubject(script.account.subject)) {
            if (Status saved =
                    m_hub->store().upsertCustomerAccount(script.account, script.password);
                !saved)
                qCWarning(lcHub) << "demo account not created:" << saved.error();
        }
    }
    seedHistory();
    // A demo customer who still has an open conversation (from an earlier run on the same data)
    // carries on with it instead of starting another.
    const QList<ConversationDetails> open = m_hub->store().openConversations();
    for (int i = 0; i < m_scripts.size(); ++i) {
        const QString consumerId = m_scripts.at(i).consumer.id;
        const auto existing =
            std::find_if(open.cbegin(), open.cend(), [&](const ConversationDetails &d) {
                return d.consumerId() == consumerId;
            });
        if (existing != open.cend()) {
            m_scriptOfConversation.insert(existing->convId, i);
            continue;
        }
        if (!arrivals)
            continue;
        QTimer::singleShot(scaled(m_scripts.at(i).arrivalMs), this, [this, i] { arrive(i); });
    }
}

void DemoCustomers::seedHistory()
{
    // The identities are the built-in provider's; a brand's own provider has its own customers.
    if (m_hub->brandProvider())
        return;
    Store &store = m_hub->store();
    const QString issuer = m_hub->baseUrl();
    struct Line
    {
        bool fromCustomer;
        QString text;
    };
    struct Past
    {
        QString subject;
        QString name;
        ConsumerRecord consumer;
        int daysAgo;
        bool verified;
        QList<Line> lines;
    };
    ConversationContext web;
    web.channel = ChannelType::WebChat;
    web.clientProperties = {u"macOS"_s, u"14"_s, u"DESKTOP"_s, {}};
    const QList<Past> past = {
        {u"c-1001"_s,
         u"Maya Chen"_s,
         {u"demo-maya-web"_s, u"Maya"_s, u"Chen"_s, web},
         3,
         true,
         {{true, u"Hi, where is my replacement card? I signed in here on the website."_s},
          {false, u"It shipped yesterday by courier, tracking 1Z 84A 220."_s},
          {true, u"Great, thank you!"_s}}},
        {u"c-1001"_s,
         u"Maya Chen"_s,
         {u"demo-maya"_s, u"Maya"_s, u"Chen"_s, appleContext(u"17.4"_s, true)},
         9,
         true,
         {{true, u"I'd like to raise the limit on my card."_s},
          {false, u"Done: your limit is now $5,000 from today."_s},
          {true, u"Perfect, thanks."_s}}},
        {u"c-1001"_s,
         u"Maya Chen"_s,
         {u"demo-maya"_s, u"Maya"_s, u"Chen"_s, appleContext(u"17.4"_s, true)},
         20,
         false,
         {{true, u"What are your opening hours on Saturdays?"_s},
          {false, u"10 to 4 on Saturdays, closed on Sundays."_s}}},
        {u"c-1002"_s,
         u"Daniel Okafor"_s,
         {u"demo-daniel-web"_s, u"Daniel"_s, u"Okafor"_s, web},
         5,
         true,
         {{true, u"Can I pause my subscription for a month?"_s},
          {false, u"Yes, I've paused it until the 1st; nothing is charged meanwhile."_s}}},
    };
    const bool seeded = std::any_of(past.cbegin(), past.cend(), [&](const Past &p) {
        return !store.history(issuer, p.subject).isEmpty();
    });
    if (seeded)
        return;
    // An agent from the earlier shifts (no one can log in as them: the password is thrown away).
    if (!store.agentByName(u"demo-jordan"_s))
        (void)store.upsertAgent(u"demo-jordan"_s, u"Jordan Lee"_s, u"agent"_s,
                                Crypto::randomToken(24));
    const std::optional<AgentRecord> jordan = store.agentByName(u"demo-jordan"_s);
    if (!jordan)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Past &p : past) {
        const qint64 start = now - qint64(p.daysAgo) * 24 * 3600 * 1000;
        if (!store.upsertConsumer(p.consumer))
            continue;
        Result<ConversationDetails> created =
            store.createConversation(p.consumer.id, p.consumer.context, u"general"_s, start);
        if (!created)
            continue;
        const QString convId = created->convId;
        (void)store.setAssignedAgent(convId, jordan->id);
        qint64 at = start;
        for (const Line &line : p.lines) {
            at += 45 * 1000;
            Event event;
            event.message = line.text;
            (void)store.appendEvent(convId, line.fromCustomer ? p.consumer.id : jordan->id,
                                    line.fromCustomer ? ParticipantRole::Consumer
                                                      : ParticipantRole::AssignedAgent,
                                    event, {}, nullptr, at);
        }
        if (p.verified) {
            (void)store.setVerifiedIdentity(convId,
                                            QJsonObject{{"issuer"_L1, issuer},
                                                        {"subject"_L1, p.subject},
                                                        {"name"_L1, p.name},
                                                        // as the hub records a sign-in it
                                                        // checked itself (web chat, iOS 16+)
                                                        {"assurance"_L1, "hub"_L1},
                                                        {"reportedBy"_L1, "hub"_L1},
                                                        {"reportedAt"_L1, start + 60 * 1000},
                                                        {"expiresAt"_L1, start + 3600 * 1000}});
        }
        (void)store.closeConversation(convId, at + 60 * 1000);
    }
}

void DemoCustomers::arrive(int index)
{
    const Script &script = m_scripts.at(index);
    Result<QString> convId =
        m_hub->startConversation(script.consumer, script.opening, script.skill);
    if (!convId) {
        qCWarning(lcHub) << "demo customer could not start a conversation:" << convId.error();
        return;
    }
    m_scriptOfConversation.insert(convId.value(), index);
}

void DemoCustomers::signInLater(int scriptIndex, const QString &requestIdentifier)
{
    QTimer::singleShot(scaled(4000), this, [this, scriptIndex, requestIdentifier] {
        Result<QUrl> start = m_hub->appleSignIn().startSignIn(requestIdentifier);
        if (!start) {
            qCInfo(lcHub) << "demo customer cannot sign in:" << start.error();
            return;
        }
        const Script &script = m_scripts.at(scriptIndex);
        QStringList passwords;
        if (!script.mistyped.isEmpty())
            passwords << script.mistyped;
        passwords << script.password;
        m_browser->signIn(
            start.value(), script.account.username, passwords, [this](const QUrl &redirect) {
                if (redirect.host() == "auth.businesschat.apple.com"_L1)
                    m_hub->appleSignIn().completeLegacy(redirect);
                else if (redirect.isValid())
                    m_browser->open(
                        redirect); // back to the hub's callback, as the phone's browser does
            });
    });
}

void DemoCustomers::onEvent(const MessagingEvent &event)
{
    if (event.originatorRole == ParticipantRole::Consumer)
        return;
    const auto found = m_scriptOfConversation.constFind(event.conversationId);
    if (found == m_scriptOfConversation.constEnd())
        return;
    // A sign-in request: the customer taps Sign in a moment later.
    if (event.event.type == Event::Type::RichContent) {
        // The scripted customers know the built-in provider's login page, not a brand's.
        if (!m_hub->options().demoSignIn || m_hub->brandProvider())
            return;
        if (auto request = Auth::AppleAuthRequest::parse(event.metadata); request && request->ok())
            signInLater(found.value(), request->value().requestIdentifier);
        return;
    }
    if (event.event.type != Event::Type::Content || event.event.agentsOnly)
        return;
    const QString convId = event.conversationId;
    const qint64 sequence = event.sequence;
    // The device acknowledges at once, the customer reads a moment later and then answers.
    QTimer::singleShot(scaled(300), this, [this, convId, sequence] {
        (void)m_hub->consumerAcknowledge(convId, u"ACCEPT"_s, {sequence});
    });
    QTimer::singleShot(scaled(1200), this, [this, convId, sequence] {
        (void)m_hub->consumerAcknowledge(convId, u"READ"_s, {sequence});
    });
    const QStringList &replies = m_scripts.at(found.value()).replies;
    const int next = m_nextReply.value(convId, 0);
    if (next >= replies.size())
        return; // the script is over; the customer has nothing more to say
    m_nextReply.insert(convId, next + 1);
    const QString reply = replies.at(next);
    QTimer::singleShot(scaled(2500), this, [this, convId, reply] {
        Result<MessagingEvent> sent = m_hub->consumerSend(convId, reply);
        if (!sent)
            qCInfo(lcHub) << "demo reply not sent:" << sent.error();
    });
}

} // namespace Signet::Hub
