#include "auth/SignInService.h"

#include "auth/SignInCapability.h"
#include "conversation/DeskSession.h"
#include "keys/KeyRing.h"
#include "logging/Logging.h"

#include <QLocale>
#include <QUuid>

namespace Signet::Auth {

using namespace Qt::StringLiterals;

SignInService::SignInService(DeskSession *session, KeyRing *keyRing, AuthTracker *tracker,
                             QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_keyRing(keyRing)
    , m_tracker(tracker)
{
    // A queued request goes out through the session's outbox, perhaps after a restart: its state
    // follows what the hub said.
    connect(m_session, &DeskSession::signInRequestPublished, m_tracker, &AuthTracker::markSent);
    connect(m_session, &DeskSession::signInRequestNotSent, this,
            [this](const QString &requestId, const QString &reason) {
                m_tracker->markFailed(requestId, reason);
            });
    // A request that has ended no longer needs its key, nor to be sent.
    connect(m_tracker, &AuthTracker::ended, this, [this](const QString &requestId) {
        if (m_session)
            m_session->withdrawSignIn(requestId);
        m_keyRing->requestEnded(requestId, [requestId](const Status &s) {
            if (!s)
                qCWarning(lcKeys) << "could not release the key of request" << requestId << ':'
                                  << s.error();
        });
    });
    // Still "sending" from an earlier run but no longer in the outbox: it never reached the hub.
    for (const QString &requestId : m_tracker->sendingRequests()) {
        if (!m_session->isQueued(requestId))
            m_tracker->markFailed(requestId, tr("The desk stopped before the request was sent."));
    }
}

SignInService::Gate SignInService::gate(const QString &convId) const
{
    Gate g;
    const auto *item = m_session ? m_session->conversations()->item(convId) : nullptr;
    if (!item) {
        g.reason = tr("Choose a conversation first.");
        return g;
    }
    const SignInCapability capability = SignInCapabilities::evaluate(item->details.context);
    if (!capability.supported) {
        g.reason = capability.reason;
        return g;
    }
    if (!m_session->isOpen(convId)) {
        g.reason = tr("The conversation is closed.");
        return g;
    }
    if (!m_session->isAssignedToMe(convId)) {
        g.reason = tr("Accept the conversation before asking the customer to sign in.");
        return g;
    }
    if (!m_keyRing->isOpen()) {
        g.reason =
            tr("Sign-in requests need the system keychain: %1").arg(m_keyRing->unavailableReason());
        return g;
    }
    if (const std::optional<AuthTracker::Request> pending = m_tracker->pending(convId)) {
        g.pendingRequestId = pending->requestId;
        g.reason = tr("A sign-in request sent at %1 is still waiting for the customer. Resend or "
                      "cancel it.")
                       .arg(QLocale().toString(pending->created.toLocalTime().time(),
                                               QLocale::ShortFormat));
        return g;
    }
    g.allowed = true;
    return g;
}

void SignInService::send(const QString &convId, const AuthRequestDraft &draft,
                         std::function<void(Result<QString>)> done)
{
    const Gate g = gate(convId);
    if (!g.allowed) {
        done(fail(g.reason));
        return;
    }
    const QList<DraftIssue> issues = AppleAuthRequest::validate(draft, m_allowedImageHosts);
    if (!issues.isEmpty()) {
        done(fail(issues.first().message));
        return;
    }
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_tracker->create(requestId, convId, draft);
    const QDateTime expires = m_tracker->request(requestId)->expires;
    m_keyRing->keyForRequest(requestId, [this, convId, draft, requestId, expires,
                                         done](Result<QString> publicKey) {
        if (!publicKey || !m_session) {
            const QString reason = publicKey ? tr("The conversation is gone.") : publicKey.error();
            m_tracker->markFailed(requestId, reason);
            done(fail(reason));
            return;
        }
        m_session->publishRichContent(
            convId, AppleAuthRequest::bodyTemplate(draft),
            AppleAuthRequest::metadata(draft, requestId, publicKey.value()),
            [tracker = m_tracker, requestId, done](const Status &published) {
                // The tracker follows the session's signals; a request the hub cannot be reached
                // for is queued (still "sending") and goes out once the desk is back online.
                if (!published) {
                    tracker->markFailed(requestId, published.error());
                    done(fail(published.error()));
                } else {
                    done(requestId);
                }
            },
            requestId, expires);
    });
}

void SignInService::resend(const QString &convId, std::function<void(Result<QString>)> done)
{
    const std::optional<AuthTracker::Request> pending = m_tracker->pending(convId);
    if (!pending) {
        done(fail(tr("There is no waiting request to send again.")));
        return;
    }
    m_tracker->cancel(pending->requestId);
    send(convId, pending->draft, std::move(done));
}

void SignInService::cancel(const QString &requestId)
{
    m_tracker->cancel(requestId);
}

} // namespace Signet::Auth
