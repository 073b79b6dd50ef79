#include "auth/AuthResponseBinder.h"

#include "auth/AuthTracker.h"
#include "conversation/DeskSession.h"
#include "crypto/AppleTokenCipher.h"
#include "keys/KeyRing.h"
#include "logging/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <openssl/crypto.h>

namespace Signet::Auth {

namespace {
// What signet-hub accepts as an identity's lifetime (server/oauth/IdentityProof.h).
constexpr qint64 kUnstatedLifetimeMs = 3600LL * 1000;
constexpr qint64 kMaxReportedLifetimeMs = 24LL * 3600 * 1000;
} // namespace

using namespace Qt::StringLiterals;
using State = AuthTracker::State;

AuthResponseBinder::AuthResponseBinder(DeskSession *session, KeyRing *keyRing, AuthTracker *tracker,
                                       IdentityVerifier *verifier, QString auditLogPath,
                                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_keyRing(keyRing)
    , m_tracker(tracker)
    , m_verifier(verifier)
    , m_auditPath(std::move(auditLogPath))
{
    connect(session, &DeskSession::eventApplied, this, &AuthResponseBinder::onEvent);
}

void AuthResponseBinder::audit(const QString &convId, const QString &requestId,
                               const QString &outcome, const QString &detail) const
{
    // One JSON object per line; never the token.
    QDir().mkpath(QFileInfo(m_auditPath).absolutePath());
    QFile file(m_auditPath);
    if (!file.open(QIODevice::Append | QIODevice::Text)) {
        qCWarning(lcConversation) << "cannot write the sign-in audit log" << m_auditPath;
        return;
    }
    file.write(QJsonDocument(QJsonObject{{"at"_L1, QDateTime::currentDateTimeUtc().toString(
                                                       Qt::ISODateWithMs)},
                                         {"conversationId"_L1, convId},
                                         {"requestIdentifier"_L1, requestId},
                                         {"outcome"_L1, outcome},
                                         {"detail"_L1, detail}})
                   .toJson(QJsonDocument::Compact) +
               '\n');
    // The hub's audit log hears of refusals and failures too (verifications are reported with the
    // identity).
    if (m_session && (outcome == "refused"_L1 || outcome == "failed"_L1))
        m_session->reportSignInOutcome(convId, requestId, outcome, detail);
}

void AuthResponseBinder::refuse(const QString &convId, const QString &requestId,
                                const QString &reason)
{
    qCWarning(lcConversation) << "refused a sign-in answer:" << reason;
    audit(convId, requestId, u"refused"_s, reason);
    emit refused(convId, reason);
}

void AuthResponseBinder::onEvent(const Protocol::MessagingEvent &event)
{
    if (event.originatorRole != Protocol::ParticipantRole::Consumer)
        return;
    const std::optional<AuthResponse> response = AuthResponse::find(event.metadata);
    if (!response)
        return;
    const QString convId = event.conversationId;
    const QString requestId = response->requestIdentifier;
    m_seen[convId].append(*response);

    const std::optional<AuthTracker::Request> request = m_tracker->request(requestId);
    // An answer in a conversation another agent handles is theirs to judge (a supervisor's desk
    // watching it has no request of its own and must not cry wolf).
    if (!request && m_session && !m_session->isAssignedToMe(convId)) {
        qCDebug(lcConversation) << "an answer to another desk's sign-in request in" << convId;
        return;
    }
    if (requestId.isEmpty())
        return refuse(convId, requestId,
                      tr("An answer that names no sign-in request was refused."));
    if (!request)
        return refuse(convId, requestId,
                      tr("An answer to an unknown sign-in request (%1) was refused.")
                          .arg(requestId.left(64)));
    if (request->conversationId != convId)
        return refuse(convId, requestId,
                      tr("An answer to a sign-in request of another conversation was refused."));
    // The very answer that settled the request, delivered again (this desk restarted, or logged
    // in again, and caught the conversation up): already judged, not a replay.
    if (event.sequence >= 0 && (request->answerSequence == event.sequence ||
                                m_inFlight.value(requestId, -1) == event.sequence)) {
        qCDebug(lcConversation) << "the answer to" << requestId.left(64) << "seen again";
        return;
    }
    switch (request->state) {
    case State::Expired:
        return refuse(
            convId, requestId,
            tr("An answer arrived after the sign-in request had expired and was refused."));
    case State::Cancelled:
        return refuse(
            convId, requestId,
            tr("An answer arrived after the sign-in request was cancelled and was refused."));
    case State::Succeeded:
    case State::Failed:
        return refuse(convId, requestId,
                      tr("A second answer to the same sign-in request was refused (replay)."));
    case State::Sending:
    case State::Sent:
        break;
    }
    if (m_inFlight.contains(requestId))
        return refuse(convId, requestId,
                      tr("A second answer to the same sign-in request was refused (replay)."));
    if (!response->problem.isEmpty()) {
        const QString reason = tr("Response could not be verified: %1.").arg(response->problem);
        audit(convId, requestId, u"failed"_s, reason);
        m_tracker->markFailed(requestId, reason, event.sequence);
        emit failed(convId, reason);
        return;
    }

    if (!response->status) {
        const QString why = response->errors.isEmpty() ? tr("the customer did not sign in")
                                                       : response->errors.join(u"; "_s);
        audit(convId, requestId, u"failed"_s, why);
        m_tracker->markFailed(requestId, tr("Authentication failed: %1").arg(why), event.sequence);
        emit failed(convId, tr("Authentication failed: %1").arg(why));
        return;
    }
    const qint64 sequence = event.sequence;
    m_inFlight.insert(requestId, sequence);
    const QString token = response->token;
    m_keyRing->privateKeyForRequest(requestId, [this, convId, requestId, token,
                                                sequence](Result<Crypto::EcKeyPair> key) {
        auto failWith = [this, convId, requestId, sequence](const QString &reason) {
            m_inFlight.remove(requestId);
            audit(convId, requestId, u"failed"_s, reason);
            m_tracker->markFailed(requestId, reason, sequence);
            emit failed(convId, reason);
        };
        if (!key)
            return failWith(tr("Response could not be verified: %1").arg(key.error()));
        Result<Crypto::SecretBytes> plaintext =
            Crypto::AppleTokenCipher::decrypt(key.value(), token.toLatin1());
        if (!plaintext)
            return failWith(tr("Response could not be verified: %1").arg(plaintext.error()));
        QString accessToken = QString::fromUtf8(plaintext->view());
        emit decrypted(convId, requestId);
        m_verifier->verify(accessToken, [this, convId, requestId, failWith,
                                         sequence](Result<VerifiedIdentity> identity) {
            if (!identity)
                return failWith(identity.error());
            m_inFlight.remove(requestId);
            audit(convId, requestId, u"verified"_s, identity->issuer + u' ' + identity->subject);
            m_tracker->markSucceeded(requestId, identity.value(), sequence);
            // Everyone watching the conversation learns who the customer is — never the token.
            QJsonObject report = identity->toJson();
            // The hub takes no identity without an end: a provider that states none gets the
            // hub's hour (docs/security.md).
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            report.insert("expiresAt"_L1, std::min(identity->expiresAt.isValid()
                                                       ? identity->expiresAt.toMSecsSinceEpoch()
                                                       : now + kUnstatedLifetimeMs,
                                                   now + kMaxReportedLifetimeMs));
            report.remove("verifiedAt"_L1);
            if (!identity->proof.isEmpty())
                report.insert("proof"_L1, identity->proof);
            if (m_session)
                m_session->reportVerifiedIdentity(convId, requestId, report);
            emit verified(convId, identity.value());
        });
        OPENSSL_cleanse(accessToken.data(),
                        static_cast<size_t>(accessToken.size()) * sizeof(QChar));
    });
}

} // namespace Signet::Auth
