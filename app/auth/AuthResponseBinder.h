#pragma once

#include "auth/IdentityVerifier.h"
#include "auth/VerifiedIdentity.h"
#include "protocol/Values.h"

#include <QObject>
#include <QPointer>

namespace Signet {
class DeskSession;
class KeyRing;
} // namespace Signet

namespace Signet::Auth {

class AuthTracker;

// Binds metadata.connectorAuthResponse on every dialog (PROTOCOL.md §3). An answer to a request
// this desk is waiting for is decrypted with the request's private key from the keychain and
// checked with the identity provider; the tracker then holds the verified identity (or why it
// failed) and the request's key goes. Everything else is refused — never silently dropped — with
// an audit entry and a visible note: an unknown requestIdentifier, a second answer (replay), an
// answer after expiry or cancellation, an answer that arrives in another conversation.
class AuthResponseBinder : public QObject
{
    Q_OBJECT
public:
    AuthResponseBinder(DeskSession *session, KeyRing *keyRing, AuthTracker *tracker,
                       IdentityVerifier *verifier, QString auditLogPath, QObject *parent = nullptr);

    // Every response seen per conversation, newest last (the binding's newValue).
    QList<AuthResponse> responses(const QString &convId) const { return m_seen.value(convId); }

signals:
    // The token was decrypted and is being checked with the provider.
    void decrypted(const QString &convId, const QString &requestId);
    void verified(const QString &convId, const Signet::Auth::VerifiedIdentity &identity);
    void failed(const QString &convId, const QString &reason);
    void refused(const QString &convId, const QString &reason);

private:
    void onEvent(const Protocol::MessagingEvent &event);
    void refuse(const QString &convId, const QString &requestId, const QString &reason);
    void audit(const QString &convId, const QString &requestId, const QString &outcome,
               const QString &detail) const;

    QPointer<DeskSession> m_session;
    KeyRing *m_keyRing;
    AuthTracker *m_tracker;
    IdentityVerifier *m_verifier;
    QString m_auditPath;
    QHash<QString, QList<AuthResponse>> m_seen;
    // Requests being decrypted and verified → the sequence of their answer (another answer
    // meanwhile is a replay and refused).
    QHash<QString, qint64> m_inFlight;
};

} // namespace Signet::Auth
