#pragma once

#include <QHash>
#include <QObject>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace Signet::Hub {

class HubServer;

// The customer's side of one conversation as a web page served by the hub: a Messages-like view
// (text and the sign-in bubble in its style), a box to write, and Sign in, which opens the brand's
// login page and comes back to the chat. Each conversation's page needs its own unguessable key.
class CustomerPage : public QObject
{
    Q_OBJECT
public:
    explicit CustomerPage(HubServer *hub, QObject *parent = nullptr);

    void addRoutes(QHttpServer &http);
    // The page's address for a conversation (the key is made on first use).
    QUrl urlFor(const QString &convId);
    // A conversation's key: HMAC-SHA256 of its id under the hub's stored secret ("customer-page"),
    // the same on every hub of a database (and for load drivers that hold the secret).
    static QByteArray linkKey(const QByteArray &secret, const QString &convId);
    // The Content-Security-Policy source of the page's one script ('sha256-…'): the only script a
    // browser will run on it.
    static QByteArray scriptSource();

private:
    bool authorised(const QString &convId, const QHttpServerRequest &request) const;
    QHttpServerResponse page(const QString &convId, const QHttpServerRequest &request);
    QHttpServerResponse events(const QString &convId, const QHttpServerRequest &request);
    // The customer's other conversations they may see here (the cross-channel rules).
    QHttpServerResponse visible(const QString &convId, const QHttpServerRequest &request);
    QHttpServerResponse send(const QString &convId, const QHttpServerRequest &request);
    // The customer is typing (COMPOSING) or stopped (ACTIVE): relayed to the desks, not stored.
    QHttpServerResponse typing(const QString &convId, const QHttpServerRequest &request);
    // The customer's page showed these agent messages while visible: a READ receipt.
    QHttpServerResponse read(const QString &convId, const QHttpServerRequest &request);
    QHttpServerResponse signIn(const QString &convId, const QHttpServerRequest &request);
    // A web chat visitor signs in with the brand's provider (WebSignInFlow).
    QHttpServerResponse webSignIn(const QString &convId, const QHttpServerRequest &request);

    HubServer *m_hub;
    QByteArray keyFor(const QString &convId) const;
    mutable QByteArray m_secret;
};

} // namespace Signet::Hub
