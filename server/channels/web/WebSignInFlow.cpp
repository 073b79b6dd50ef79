#include "channels/web/WebSignInFlow.h"

#include "HubServer.h"
#include "crypto/RandomToken.h"
#include "logging/Logging.h"
#include "oauth/IdentityProof.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace Signet::Hub {

using namespace Qt::StringLiterals;
using namespace Protocol;

namespace {
QByteArray resultPage(const QString &title, const QString &text, const QUrl &back)
{
    const QString refresh = back.isValid()
                                ? u"<meta http-equiv=\"refresh\" content=\"1;url=%1\">"_s.arg(
                                      QString::fromLatin1(back.toEncoded()).toHtmlEscaped())
                                : QString();
    return u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">%1<title>%2</title>"
           "</head><body "
           "style=\"font-family:system-ui,sans-serif;text-align:center;margin-top:80px\">"
           "<h1 id=\"result\">%2</h1><p>%3</p></body></html>"_s
               .arg(refresh, title.toHtmlEscaped(), text.toHtmlEscaped())
               .toUtf8();
}
} // namespace

WebSignInFlow::WebSignInFlow(HubServer *hub, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(15000);
    // The built-in provider is this hub itself, whatever its certificate.
    if (m_hub->options().tls)
        m_hub->options().tls->trustOwnCertificate(m_network);
    connect(&m_hub->oauth(), &OAuthProvider::wrongPassword, this,
            [this](const QString &state, int attempt, int maxAttempts) {
                const auto it = m_pending.constFind(state);
                if (it == m_pending.constEnd())
                    return;
                m_hub->recordWrongPassword(it->conversationId, QString(), attempt, maxAttempts);
            });
}

void WebSignInFlow::addRoutes(QHttpServer &http)
{
    http.route(u"/web/callback"_s, QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request) { return callback(request); });
}

Result<QUrl> WebSignInFlow::start(const QString &convId, const QUrl &returnUrl)
{
    const std::optional<ConversationDetails> details = m_hub->store().conversation(convId);
    if (!details || details->state != ConversationState::Open)
        return Signet::fail(tr("This chat has ended."));
    if (details->context.channel != ChannelType::WebChat)
        return Signet::fail(tr("Sign in from the sign-in request in Messages."));
    Result<SignInRoute> route = m_hub->signInRoute(OAuthClient::Endpoint::Ios16);
    if (!route)
        return Signet::fail(route.error());
    if (route->userinfo.isEmpty())
        return Signet::fail(tr("The brand's identity provider has no userinfo endpoint, so web "
                               "chat visitors cannot sign in."));
    Pending pending{convId, Crypto::randomToken(48), route.value(), returnUrl};
    pending.route.redirectUri = m_hub->baseUrl() + u"/web/callback"_s;
    const QString state = Crypto::randomToken(32);
    m_pending.insert(state, pending);
    m_hub->audit(u"customer:"_s + details->consumerId(), u"signin.started"_s, convId, QString(),
                 QJsonObject{{"generation"_L1, u"web chat"_s},
                             {"issuer"_L1, pending.route.issuer},
                             {"clientId"_L1, pending.route.clientId}});
    return authorizeUrl(pending.route, state, pending.verifier);
}

QHttpServerResponse WebSignInFlow::callback(const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    auto item = [&q](const QString &key) { return q.queryItemValue(key, QUrl::FullyDecoded); };
    const auto it = m_pending.find(item(u"state"_s));
    if (it == m_pending.end()) {
        return QHttpServerResponse("text/html; charset=utf-8",
                                   resultPage(tr("This sign-in link has expired"),
                                              tr("Go back to the chat and try again."), QUrl()),
                                   QHttpServerResponse::StatusCode::BadRequest);
    }
    const Pending pending = it.value();
    m_pending.erase(it); // a state works once
    QString why;
    if (Status issuer = checkAnswerIssuer(pending.route, item(u"iss"_s)); !issuer)
        why = issuer.error();
    else if (!item(u"error"_s).isEmpty())
        why = plainReason(item(u"error_description"_s)).isEmpty()
                  ? tr("The sign-in failed (%1).").arg(plainReason(item(u"error"_s), 60))
                  : plainReason(item(u"error_description"_s));
    else if (item(u"code"_s).isEmpty())
        why = tr("The identity provider sent no authorization code.");
    if (!why.isEmpty()) {
        fail(pending, why);
        return QHttpServerResponse(
            "text/html; charset=utf-8",
            resultPage(tr("Sign-in did not complete"), why, pending.returnUrl));
    }
    exchangeCode(m_network, pending.route, item(u"code"_s), pending.verifier, this,
                 [this, pending](Result<TokenGrant> grant) {
                     if (!grant)
                         return fail(pending, grant.error());
                     verify(pending, grant.value());
                 });
    // The provider said yes; the hub still checks the token, so the page promises nothing yet:
    // the chat shows who the visitor is once it is verified.
    return QHttpServerResponse("text/html; charset=utf-8",
                               resultPage(tr("Finishing your sign-in"),
                                          tr("Taking you back to the chat…"), pending.returnUrl));
}

void WebSignInFlow::verify(const Pending &pending, const TokenGrant &grant)
{
    // Who the token belongs to, from the provider itself; the token stays here and is dropped.
    fetchUserinfo(
        m_network, pending.route, grant.accessToken, this,
        [this, pending, grant](Result<QJsonObject> claims) {
            if (!claims)
                return fail(pending, claims.error());
            Result<QJsonObject> verified = identityFromUserinfo(
                pending.route.issuer, claims.value(), grant.expiresInSeconds,
                pending.route.claimsSupported, QDateTime::currentMSecsSinceEpoch());
            if (!verified)
                return fail(pending, verified.error());
            QJsonObject identity = verified.value();
            identity.insert("requestIdentifier"_L1, QString());
            identity.insert("reportedBy"_L1, u"hub"_s);
            identity.insert("reportedAt"_L1, QDateTime::currentMSecsSinceEpoch());
            if (Status recorded = m_hub->recordVerifiedIdentity(pending.conversationId, identity);
                !recorded)
                return fail(pending, recorded.error());
            m_hub->audit(u"hub"_s, u"signin.verified"_s, pending.conversationId, QString(),
                         QJsonObject{{"issuer"_L1, identity.value("issuer"_L1)},
                                     {"subject"_L1, identity.value("subject"_L1)},
                                     {"name"_L1, identity.value("name"_L1)},
                                     {"expiresAt"_L1, identity.value("expiresAt"_L1)},
                                     {"assurance"_L1, "hub"_L1},
                                     {"channel"_L1, u"web chat"_s}});
            emit finished(pending.conversationId, true);
        });
}

void WebSignInFlow::fail(const Pending &pending, const QString &why)
{
    qCInfo(lcHub) << "web chat sign-in failed in" << pending.conversationId << ':' << why;
    m_hub->audit(u"hub"_s, u"signin.failed"_s, pending.conversationId, QString(),
                 QJsonObject{{"reason"_L1, why}, {"channel"_L1, u"web chat"_s}});
    emit finished(pending.conversationId, false);
}

} // namespace Signet::Hub
