#include "channels/apple/AppleSignInFlow.h"

#include "HubServer.h"
#include "auth/AppleAuthRequest.h"
#include "auth/SignInCapability.h"
#include "crypto/AppleTokenCipher.h"
#include "crypto/RandomToken.h"
#include "logging/Logging.h"
#include "oauth/IdentityProof.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace Signet::Hub {

using namespace Qt::StringLiterals;
using namespace Protocol;

namespace {
constexpr int kFirstIosWithNewFlow = 16;

QByteArray page(const QString &title, const QString &text)
{
    return uR"(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1</title>
<style>body{font-family:-apple-system,system-ui,sans-serif;text-align:center;margin-top:80px}</style></head>
<body><h1 id="result">%1</h1><p>%2</p></body></html>)"_s
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}
} // namespace

AppleSignInFlow::AppleSignInFlow(HubServer *hub, QObject *parent)
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
                m_hub->recordWrongPassword(it->conversationId, it->requestIdentifier, attempt,
                                           maxAttempts);
            });
}

void AppleSignInFlow::addRoutes(QHttpServer &http)
{
    http.route(u"/apple/callback"_s, QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request) { return returned(request); });
    http.route(u"/apple/legacy-return"_s, QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request) { return returned(request); });
}

Result<QUrl> AppleSignInFlow::startSignIn(const QString &requestIdentifier, bool simulatedDevice,
                                          const QUrl &returnUrl)
{
    const std::optional<Store::AuthRequestRecord> record =
        m_hub->store().authRequest(requestIdentifier);
    if (!record)
        return fail(tr("No such sign-in request."));
    if (record->isAnswered())
        return fail(tr("This sign-in request has already been answered."));
    const std::optional<ConversationDetails> details =
        m_hub->store().conversation(record->conversationId);
    if (!details)
        return fail(tr("The conversation is gone."));
    const Auth::SignInCapability capability = Auth::SignInCapabilities::evaluate(details->context);
    if (!capability.supported)
        return fail(capability.reason);

    Pending pending;
    pending.requestIdentifier = requestIdentifier;
    pending.conversationId = record->conversationId;
    pending.publicKey = record->publicKey;
    pending.verifier = Crypto::randomToken(48);
    pending.endpoint = Auth::SignInCapabilities::majorVersion(
                           details->context.clientProperties.osVersion) >= kFirstIosWithNewFlow
                           ? OAuthClient::Endpoint::Ios16
                           : OAuthClient::Endpoint::Legacy;
    // The reply bubble's title becomes the text of the answer in the transcript.
    const QList<MessagingEvent> carrying =
        m_hub->store().events(record->conversationId, record->sequence - 1, 1);
    if (!carrying.isEmpty()) {
        if (auto parsed = Auth::AppleAuthRequest::parse(carrying.first().metadata);
            parsed && parsed->ok())
            pending.replyTitle = parsed->value().draft.reply.title;
    }

    Result<SignInRoute> route = m_hub->signInRoute(pending.endpoint);
    if (!route)
        return fail(route.error());
    pending.route = route.value();
    if (simulatedDevice && pending.endpoint == OAuthClient::Endpoint::Legacy)
        pending.route.redirectUri = m_hub->baseUrl() + u"/apple/legacy-return"_s;
    pending.returnUrl = returnUrl;
    const QString state = Crypto::randomToken(32);
    m_pending.insert(state, pending);
    m_hub->audit(u"customer:"_s + details->consumerId(), u"signin.started"_s,
                 pending.conversationId, requestIdentifier,
                 QJsonObject{{"generation"_L1, pending.endpoint == OAuthClient::Endpoint::Legacy
                                                   ? u"iOS 12-15 (legacy)"_s
                                                   : u"iOS 16+"_s},
                             {"issuer"_L1, pending.route.issuer},
                             {"clientId"_L1, pending.route.clientId}});
    return authorizeUrl(pending.route, state, pending.verifier);
}

void AppleSignInFlow::completeLegacy(const QUrl &appleRedirect)
{
    (void)finish(QUrlQuery(appleRedirect));
}

QHttpServerResponse AppleSignInFlow::returned(const QHttpServerRequest &request)
{
    // The provider's redirect: to the hub's callback (iOS 16+), or to the hub standing in for
    // https://auth.businesschat.apple.com for devices simulated on the web (iOS 12–15).
    const QUrlQuery q = request.query();
    const QString state = q.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    if (!m_pending.contains(state)) {
        return QHttpServerResponse(
            "text/html; charset=utf-8",
            page(tr("This sign-in link has expired"), tr("Go back to Messages and try again.")),
            QHttpServerResponse::StatusCode::BadRequest);
    }
    const Pending pending = m_pending.value(state);
    return returnPage(pending, finish(q));
}

QHttpServerResponse AppleSignInFlow::returnPage(const Pending &pending, bool ok) const
{
    QByteArray html = ok ? page(tr("You're signed in"), tr("You can go back to Messages now."))
                         : page(tr("Sign-in did not complete"), tr("You can go back to Messages."));
    if (pending.returnUrl.isValid()) {
        // Back to the chat within a second, as Messages does.
        const QByteArray refresh =
            QByteArray("<head><meta http-equiv=\"refresh\" content=\"1;url=") +
            QString::fromLatin1(pending.returnUrl.toEncoded()).toHtmlEscaped().toUtf8() +
            QByteArray("\">");
        html.replace(QByteArray("<head>"), refresh);
    }
    return QHttpServerResponse("text/html; charset=utf-8", html);
}

bool AppleSignInFlow::finish(const QUrlQuery &response)
{
    auto item = [&response](const QString &key) {
        return response.queryItemValue(key, QUrl::FullyDecoded);
    };
    const auto it = m_pending.find(item(u"state"_s));
    if (it == m_pending.end()) {
        qCWarning(lcHub) << "sign-in completion with an unknown or used state";
        return false;
    }
    const Pending pending = it.value();
    m_pending.erase(it); // a state works once
    // RFC 9207: a provider that names itself in its answers must name itself, or the answer may
    // come from another provider the customer was sent to (a mix-up attack).
    if (Status issuer = checkAnswerIssuer(pending.route, item(u"iss"_s)); !issuer) {
        answer(pending, fail(issuer.error()));
        return false;
    }
    const QString error = item(u"error"_s);
    if (!error.isEmpty()) {
        // Both come from the customer's browser: short plain lines only.
        const QString description = plainReason(item(u"error_description"_s));
        answer(pending, fail(description.isEmpty()
                                 ? tr("The sign-in failed (%1).").arg(plainReason(error, 60))
                                 : description));
        return false;
    }
    const QString code = item(u"code"_s);
    if (code.isEmpty()) {
        answer(pending, fail(tr("The identity provider sent no authorization code.")));
        return false;
    }
    exchange(pending, code);
    return true;
}

void AppleSignInFlow::exchange(const Pending &pending, const QString &code)
{
    emit codeReceived(pending.requestIdentifier);
    exchangeCode(m_network, pending.route, code, pending.verifier, this,
                 [this, pending](Result<TokenGrant> grant) {
                     emit codeExchanged(pending.requestIdentifier);
                     if (!grant)
                         return answer(pending, fail(grant.error()));
                     if (pending.endpoint == OAuthClient::Endpoint::Legacy)
                         return answer(pending, grant->accessToken);
                     verifyAndAnswer(pending, grant.value());
                 });
}

void AppleSignInFlow::verifyAndAnswer(const Pending &pending, const TokenGrant &grant)
{
    // iOS 16+: the hub holds the token, so it asks the provider itself who signed in and records
    // that; the agent's desk, which gets the token too, can only confirm it. (For iOS 12–15 the
    // hub stands in for Apple's side here, which tells the messaging platform nothing.)
    fetchUserinfo(m_network, pending.route, grant.accessToken, this,
                  [this, pending, grant](Result<QJsonObject> claims) {
                      if (!claims)
                          return answer(pending, fail(claims.error()));
                      Result<QJsonObject> identity = identityFromUserinfo(
                          pending.route.issuer, claims.value(), grant.expiresInSeconds,
                          pending.route.claimsSupported, QDateTime::currentMSecsSinceEpoch());
                      if (!identity)
                          return answer(pending, fail(identity.error()));
                      answer(pending, grant.accessToken, identity.value());
                  });
}

void AppleSignInFlow::answer(const Pending &pending, const Result<QString> &accessToken,
                             const QJsonObject &hubIdentity)
{
    // Answered once, whichever hub on the database (or this one before a restart) got there
    // first.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result<bool> claimed =
        m_hub->store().claimSignInAnswer(pending.requestIdentifier, accessToken.ok(), now);
    if (!claimed || !claimed.value()) {
        qCWarning(lcHub) << "sign-in request" << pending.requestIdentifier
                         << "was answered already; this answer is dropped"
                         << (claimed ? QString() : claimed.error());
        return;
    }
    QJsonObject response{{"type"_L1, "ConnectorAuthenticationResponse"_L1},
                         {"encrypted"_L1, true},
                         {"requestIdentifier"_L1, pending.requestIdentifier}};
    QString text;
    if (accessToken) {
        // What Apple does: a fresh ephemeral key per token, ECIES to the request's key.
        Result<QByteArray> token =
            Crypto::AppleTokenCipher::encrypt(pending.publicKey, accessToken->toUtf8());
        if (!token) {
            // Answered as a failure instead: the claim taken above for a token goes back first.
            (void)m_hub->store().releaseSignInAnswer(pending.requestIdentifier);
            answer(pending, fail(tr("The token could not be encrypted: %1").arg(token.error())));
            return;
        }
        response.insert("status"_L1, true);
        response.insert("token"_L1, QString::fromLatin1(token.value()));
        text = pending.replyTitle.isEmpty() ? tr("Signed in") : pending.replyTitle;
    } else {
        response.insert("status"_L1, false);
        response.insert("errors"_L1, QJsonArray{QJsonObject{{"message"_L1, accessToken.error()}}});
        text = tr("Authentication failed");
    }
    const std::optional<ConversationDetails> details =
        m_hub->store().conversation(pending.conversationId);
    if (!details) {
        (void)m_hub->store().releaseSignInAnswer(pending.requestIdentifier);
        return;
    }
    if (accessToken && !hubIdentity.isEmpty())
        recordHubIdentity(pending, hubIdentity);
    Event event;
    event.message = text;
    Result<MessagingEvent> published =
        m_hub->publish(pending.conversationId, details->consumerId(), ParticipantRole::Consumer,
                       event, QJsonArray{response});
    if (!published) {
        qCWarning(lcHub) << "could not answer sign-in request" << pending.requestIdentifier
                         << published.error();
        (void)m_hub->store().releaseSignInAnswer(pending.requestIdentifier);
        return;
    }
    QJsonObject audited{{"status"_L1, accessToken.ok()}, {"sequence"_L1, published->sequence}};
    if (!accessToken)
        audited.insert("error"_L1, accessToken.error());
    m_hub->audit(u"hub"_s, u"signin.answered"_s, pending.conversationId, pending.requestIdentifier,
                 audited);
    qCInfo(lcHub) << "sign-in request" << pending.requestIdentifier
                  << (accessToken ? "answered" : "failed");
    emit answered(pending.requestIdentifier, accessToken.ok());
}

void AppleSignInFlow::recordHubIdentity(const Pending &pending, const QJsonObject &identity)
{
    QJsonObject recorded = identity;
    recorded.insert("requestIdentifier"_L1, pending.requestIdentifier);
    recorded.insert("reportedBy"_L1, u"hub"_s);
    recorded.insert("reportedAt"_L1, QDateTime::currentMSecsSinceEpoch());
    if (Status kept = m_hub->store().setHubIdentity(pending.requestIdentifier, recorded); !kept)
        qCWarning(lcHub) << "the verified identity was not kept:" << kept.error();
    if (Status linked = m_hub->recordVerifiedIdentity(pending.conversationId, recorded); !linked)
        qCWarning(lcHub) << "the verified identity was not recorded:" << linked.error();
    m_hub->audit(u"hub"_s, u"signin.verified"_s, pending.conversationId, pending.requestIdentifier,
                 QJsonObject{{"issuer"_L1, recorded.value("issuer"_L1)},
                             {"subject"_L1, recorded.value("subject"_L1)},
                             {"name"_L1, recorded.value("name"_L1)},
                             {"expiresAt"_L1, recorded.value("expiresAt"_L1)},
                             {"assurance"_L1, "hub"_L1}});
}

} // namespace Signet::Hub
