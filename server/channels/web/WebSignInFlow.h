#pragma once

#include "Result.h"
#include "oauth/BrandProvider.h"

#include <QHash>
#include <QObject>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QNetworkAccessManager;

namespace Signet::Hub {

class HubServer;

// A web chat visitor signing in with the brand's provider (the same one Apple customers use):
// the hub is the OAuth client here — authorization code with PKCE and state, back to /web/callback,
// the code exchanged at the iOS 16+ client's token endpoint, the token checked at the provider's
// userinfo — and records the identity on the conversation itself (there is no Apple encryption on
// the web, and the token never leaves the hub). The conversation then links to the same identity
// as the customer's Apple conversations, and the cross-channel rules apply (CustomerVisibility).
class WebSignInFlow : public QObject
{
    Q_OBJECT
public:
    explicit WebSignInFlow(HubServer *hub, QObject *parent = nullptr);

    void addRoutes(QHttpServer &http);
    // Where the visitor's browser goes to sign in; returnUrl is the chat to come back to.
    Result<QUrl> start(const QString &convId, const QUrl &returnUrl);

signals:
    void finished(const QString &convId, bool signedIn);

private:
    struct Pending
    {
        QString conversationId;
        QString verifier;
        SignInRoute route;
        QUrl returnUrl;
    };
    QHttpServerResponse callback(const QHttpServerRequest &request);
    void verify(const Pending &pending, const TokenGrant &grant);
    void fail(const Pending &pending, const QString &why);

    HubServer *m_hub;
    QNetworkAccessManager *m_network;
    QHash<QString, Pending> m_pending; // by OAuth state
};

} // namespace Signet::Hub
