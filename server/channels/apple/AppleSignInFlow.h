#pragma once

#include "Result.h"
#include "oauth/BrandProvider.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QNetworkAccessManager;
class QUrlQuery;

namespace Signet::Hub {

class HubServer;

// Apple's side of a sign-in, as signet-hub simulates it for a customer's device (PROTOCOL.md §5):
//  * iOS 12–15: the legacy flow. The customer signs in on the brand's page, which redirects to
//    https://auth.businesschat.apple.com with a code; Apple's side exchanges it at the brand's
//    legacy token endpoint (client apple-business-chat).
//  * iOS 16+: the code comes to the hub's own callback (/apple/callback) and the hub exchanges it
//  at
//    the iOS 16+ endpoint with its own client and redirect URI.
// For iOS 16+ the hub asks the provider's userinfo who signed in and records it before it answers.
// Either way the access token is encrypted to the request's responseEncryptionKey exactly as Apple
// does (a fresh ephemeral key each time) and answered in the conversation as a consumer event whose
// metadata carries ConnectorAuthenticationResponse; failures answer status false with the reason.
class AppleSignInFlow : public QObject
{
    Q_OBJECT
public:
    explicit AppleSignInFlow(HubServer *hub, QObject *parent = nullptr);

    void addRoutes(QHttpServer &http);

    // Where the customer's browser goes when they tap Sign in. Refused for devices that cannot
    // sign in, unknown requests, and requests already answered.
    // With simulatedDevice (the hub's customer page), the legacy flow returns to the hub's own
    // stand-in for Apple's servers; returnUrl is where the browser goes once it is done.
    Result<QUrl> startSignIn(const QString &requestIdentifier, bool simulatedDevice = false,
                             const QUrl &returnUrl = QUrl());
    // Apple's side of the legacy flow: the brand's page redirected the customer to Apple with this
    // URL.
    void completeLegacy(const QUrl &appleRedirect);

signals:
    // The authorization code came back and the exchange at the token endpoint starts / has ended.
    void codeReceived(const QString &requestIdentifier);
    void codeExchanged(const QString &requestIdentifier);
    void answered(const QString &requestIdentifier, bool signedIn);

private:
    struct Pending
    {
        QString requestIdentifier;
        QString conversationId;
        QString publicKey;
        QString verifier;
        OAuthClient::Endpoint endpoint = OAuthClient::Endpoint::Ios16;
        QString replyTitle;
        // Where the customer signs in and the code is exchanged (the built-in provider or the
        // brand's), fixed when the sign-in starts; its redirectUri is the one this sign-in used.
        SignInRoute route;
        QUrl returnUrl;
    };
    QHttpServerResponse returnPage(const Pending &pending, bool ok) const;

    QHttpServerResponse returned(const QHttpServerRequest &request);
    // Takes over the pending sign-in of the answer's state (single use) and finishes it: the code
    // is exchanged, or the failure answered. False when the sign-in did not go on to the exchange.
    bool finish(const QUrlQuery &response);
    void exchange(const Pending &pending, const QString &code);
    void verifyAndAnswer(const Pending &pending, const TokenGrant &grant);
    // Answers the request in its conversation, unless it was answered already (the store keeps
    // that); with the identity the hub verified itself when it held the token.
    void answer(const Pending &pending, const Result<QString> &accessToken,
                const QJsonObject &hubIdentity = {});
    void recordHubIdentity(const Pending &pending, const QJsonObject &identity);

    HubServer *m_hub;
    QNetworkAccessManager *m_network;
    QHash<QString, Pending> m_pending; // by OAuth state
};

} // namespace Signet::Hub
