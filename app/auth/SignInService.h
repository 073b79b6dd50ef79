#pragma once

#include "Result.h"
#include "auth/AppleAuthRequest.h"
#include "auth/AuthTracker.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Signet {
class DeskSession;
class KeyRing;
} // namespace Signet

namespace Signet::Auth {

// Sends Apple sign-in requests for the agent and decides when one may be sent. A request gets a
// fresh requestIdentifier (UUID) and the public key of a fresh key pair from the KeyRing; the
// AuthTracker follows it; when it ends (sent and answered, failed, expired, cancelled) its key is
// released.
class SignInService : public QObject
{
    Q_OBJECT
public:
    // Whether a sign-in request can be sent in a conversation, and if not, why.
    struct Gate
    {
        bool allowed = false;
        QString reason;           // for the tooltip and the disabled state
        QString pendingRequestId; // set when a request is already waiting: offer Resend or Cancel
    };

    SignInService(DeskSession *session, KeyRing *keyRing, AuthTracker *tracker,
                  QObject *parent = nullptr);

    Gate gate(const QString &convId) const;
    // The brand's image allow-list for the bubbles.
    void setAllowedImageHosts(const QStringList &hosts) { m_allowedImageHosts = hosts; }
    QStringList allowedImageHosts() const { return m_allowedImageHosts; }
    // Where that list is set, in words for the agent ("Preferences → Sign-in requests", "the
    // team file on the hub").
    void setImageHostsOrigin(const QString &origin) { m_imageHostsOrigin = origin; }
    QString imageHostsOrigin() const { return m_imageHostsOrigin; }

    // Validates, then sends. done gets the requestIdentifier or why nothing was sent.
    void send(const QString &convId, const AuthRequestDraft &draft,
              std::function<void(Result<QString>)> done);
    // Cancels the waiting request and sends its draft again as a new request.
    void resend(const QString &convId, std::function<void(Result<QString>)> done);
    void cancel(const QString &requestId);

    AuthTracker *tracker() const { return m_tracker; }

private:
    QPointer<DeskSession> m_session;
    KeyRing *m_keyRing;
    AuthTracker *m_tracker;
    QStringList m_allowedImageHosts;
    QString m_imageHostsOrigin;
};

} // namespace Signet::Auth
