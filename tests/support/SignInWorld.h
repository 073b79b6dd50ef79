#pragma once

// A whole sign-in world in one test process: signet-hub on 127.0.0.1 (with its identity provider
// and Apple's side), a desk core logged in as an agent with a key ring and tracker, a customer
// account, and a "browser" that can sign in on the login page.
#include "AuthFixtures.h"
#include "Await.h"
#include "InMemorySecretStore.h"
#include "TestHub.h"
#include "auth/AuthResponseBinder.h"
#include "auth/SignInService.h"
#include "channels/apple/AppleSignInFlow.h"
#include "conversation/DeskSession.h"
#include "keys/KeyRing.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>

namespace Signet::Test {

class SignInWorld
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QUrl location;
    };
    static constexpr int kWait = 15000;

    TestHub hub;
    QTemporaryDir dir;
    InMemorySecretStore secrets;
    std::unique_ptr<AgentConnection> connection;
    std::unique_ptr<DeskSession> session;
    KeyRing keyRing{&secrets};
    Auth::AuthTracker tracker{dir.filePath(QStringLiteral("auth.json"))};
    std::unique_ptr<Auth::SignInService> signIn;
    QNetworkAccessManager browser;

    SignInWorld()
        : SignInWorld(TestHub::Configure([](Hub::HubOptions &) {}))
    {}
    explicit SignInWorld(const TestHub::Configure &configure)
        : hub(configure)
    {
        (void)hub.addUser(QStringLiteral("ana"), kPassword);
        Hub::CustomerAccount maya{
            QStringLiteral("c-1001"),
            QStringLiteral("maya@example.com"),
            {},
            QStringLiteral("Maya Chen"),
            QStringLiteral("maya@example.com"),
            QJsonObject{{QLatin1StringView("membership_tier"), QLatin1StringView("gold")}}};
        (void)hub.hub().store().upsertCustomerAccount(maya, QStringLiteral("maya-demo-pass"));
        connection = hub.connect(QStringLiteral("ana"), kPassword);
        session = std::make_unique<DeskSession>(connection.get());
        signIn = std::make_unique<Auth::SignInService>(session.get(), &keyRing, &tracker);
        signIn->setAllowedImageHosts(
            {QStringLiteral("images.acme.example")}); // acmeDraft()'s images
        (void)awaitStatus([&](auto done) { keyRing.open(done); });
    }

    // The desk's side of the answer: verification against the hub's provider (as its desk client)
    // and the binder that decrypts and verifies each response.
    std::unique_ptr<Auth::IdentityVerifier> verifier;
    std::unique_ptr<Auth::AuthResponseBinder> binder;
    QString auditPath = dir.filePath(QStringLiteral("audit.jsonl"));

    // The customer's side answering with crafted metadata (what a hostile network could send).
    void consumerAnswers(const QString &convId, const QJsonObject &response)
    {
        Protocol::Event e;
        e.message = QStringLiteral("answer");
        const auto details = hub.hub().store().conversation(convId);
        (void)hub.hub().publish(convId, details->consumerId(), Protocol::ParticipantRole::Consumer,
                                e, QJsonArray{response});
    }

    // The desk client of a hub's built-in provider.
    static Auth::IdentityVerifier::Provider providerOf(Hub::HubServer &provider)
    {
        const QString base = provider.baseUrl();
        const Hub::OAuthClient &desk =
            provider.oauthClient(Hub::OAuthClient::Endpoint::Introspection);
        return {base, QUrl(base + QStringLiteral("/oauth/userinfo")),
                QUrl(base + QStringLiteral("/oauth/introspect")), desk.id, desk.secret};
    }

    Auth::AuthResponseBinder *bindResponses() { return bindResponses(providerOf(hub.hub())); }
    Auth::AuthResponseBinder *bindResponses(const Auth::IdentityVerifier::Provider &provider)
    {
        verifier = std::make_unique<Auth::IdentityVerifier>();
        verifier->setProvider(provider);
        binder = std::make_unique<Auth::AuthResponseBinder>(session.get(), &keyRing, &tracker,
                                                            verifier.get(), auditPath);
        return binder.get();
    }

    bool online()
    {
        return spinUntil([&] { return connection->state() == AgentConnection::State::Online; },
                         kWait);
    }

    // A conversation with a customer on osVersion, accepted by the agent.
    QString acceptedConversation(const QString &osVersion, const QString &consumerId)
    {
        const QString convId =
            hub.startCustomer(consumerId, QStringLiteral("Maya"), QStringLiteral("Hi"), osVersion);
        if (!spinUntil([&] { return session->conversations()->item(convId) != nullptr; }, kWait))
            return {};
        if (!awaitStatus([&](auto done) { session->accept(convId, done); }).ok() ||
            !spinUntil([&] { return session->isAssignedToMe(convId); }, kWait))
            return {};
        return convId;
    }

    // Sends a sign-in request; gives its identifier (empty on failure).
    QString request(const QString &convId)
    {
        Result<QString> sent =
            await<QString>([&](auto done) { signIn->send(convId, acmeDraft(), done); });
        return sent ? sent.value() : QString();
    }

    Reply fetch(const QUrl &url, const QByteArray &post = {})
    {
        QNetworkRequest r(url);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply;
        if (post.isNull()) {
            reply = browser.get(r);
        } else {
            r.setHeader(QNetworkRequest::ContentTypeHeader,
                        QStringLiteral("application/x-www-form-urlencoded"));
            reply = browser.post(r, post);
        }
        if (!spinUntil([reply] { return reply->isFinished(); }, kWait))
            return {};
        Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->readAll(), QUrl::fromEncoded(reply->rawHeader("Location"))};
        reply->deleteLater();
        return out;
    }

    // The customer on the login page: each password in turn (or cancel). Gives the last reply.
    Reply signInAs(const QUrl &start, const QStringList &passwords, bool cancel = false)
    {
        const Reply page = fetch(start);
        const QString txn = QRegularExpression(QStringLiteral("name=\"txn\" value=\"([^\"]+)\""))
                                .match(QString::fromUtf8(page.body))
                                .captured(1);
        Reply last;
        for (const QString &password : passwords) {
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("txn"), txn);
            form.addQueryItem(QStringLiteral("username"), QStringLiteral("maya%40example.com"));
            form.addQueryItem(QStringLiteral("password"),
                              QString::fromLatin1(QUrl::toPercentEncoding(password)));
            form.addQueryItem(QStringLiteral("action"),
                              cancel ? QStringLiteral("cancel") : QStringLiteral("signin"));
            // The login form posts back to the page's own provider (this hub's or a brand's).
            last = fetch(start.resolved(QUrl(QStringLiteral("/oauth/authorize"))),
                         form.query(QUrl::FullyEncoded).toLatin1());
            if (last.status == 302)
                break;
        }
        return last;
    }

    // The whole customer side for a request: open the sign-in, type passwords, come back (both
    // generations: iOS 16+ through the hub's callback, iOS 12–15 through Apple's side).
    bool customerSignsIn(const QString &requestId, const QStringList &passwords,
                         bool cancel = false)
    {
        Result<QUrl> start = hub.hub().appleSignIn().startSignIn(requestId);
        if (!start)
            return false;
        const Reply redirect = signInAs(start.value(), passwords, cancel);
        if (redirect.status != 302)
            return false;
        if (redirect.location.host() == QLatin1StringView("auth.businesschat.apple.com"))
            hub.hub().appleSignIn().completeLegacy(redirect.location);
        else
            fetch(redirect.location);
        return true;
    }

    // The ConnectorAuthenticationResponse the hub answered with in a conversation.
    QJsonObject responseIn(const QString &convId)
    {
        for (const Protocol::MessagingEvent &e : hub.hub().store().events(convId, -1, 1000)) {
            for (const QJsonValue &m : e.metadata) {
                if (m.toObject().value(QLatin1StringView("type")).toString() ==
                    QLatin1StringView("ConnectorAuthenticationResponse"))
                    return m.toObject();
            }
        }
        return {};
    }
};

} // namespace Signet::Test
