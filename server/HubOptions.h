#pragma once

#include "TeamConfig.h"
#include "agentapi/LoginThrottle.h"
#include "audit/AuditLimiter.h"
#include "http/ConnectionGuard.h"
#include "http/PasswordChecks.h"
#include "oauth/BrandProvider.h"
#include "tls/HubTls.h"

#include <QHostAddress>
#include <QString>

#include <optional>

namespace Signet::Hub {

struct HubOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    QString databasePath;
    QString account = QStringLiteral("signet");
    bool demo = false;
    // Demo timing multiplier: 1.0 is real time (customers arrive over the first minute);
    // tests use small values so the same script runs in a fraction of a second.
    double demoTimeScale = 1.0;
    // Demo customers sign in by themselves when asked (off in tests that check the waiting state).
    bool demoSignIn = true;
    // New demo customers arrive (off when the desk comes back to a demo it already played in this
    // run: those who are still there carry on, nobody new comes, and nobody closed comes back).
    bool demoArrivals = true;
    // A login's bearer lives this long unless the desk refreshes it (desks refresh at half-time);
    // a WebSocket whose bearer has expired or was logged out is closed.
    int bearerLifetimeSeconds = 8 * 60 * 60;
    // Dead desks: each WebSocket is pinged this often, and closed when it has not answered (a pong
    // or any frame) by the next ping.
    int keepAliveMs = 30000;
    // Each desk's fair share: requests per second, with bursts up to requestBurst (beyond: 429);
    // a desk that keeps flooding is disconnected.
    int requestsPerSecond = 200;
    int requestBurst = 2000; // a desk catching up many conversations at once stays inside it
    // A desk that does not read what the hub sends (more than this waiting for it) is
    // disconnected; it catches up from the store when it reconnects, so nothing is lost.
    qint64 maxPendingBytes = 16 * 1024 * 1024;
    // What one conversation's events may take in the store, as JSON: beyond, every new event in
    // it is refused (413) and the conversation must be closed and a new one started. A long chat
    // is a few hundred kilobytes; an event's own limits are in protocol/Envelope.h.
    qint64 maxConversationBytes = 16 * 1024 * 1024;
    // Logins one user may hold at once (desks on a few computers, a reconnecting script): a new
    // login beyond ends the oldest. Every live login costs each hub's sweep a little.
    int maxLoginsPerUser = 32;
    // WebSockets one login may hold at once (a desk needs one; a reconnecting desk may briefly
    // have a stale one the keep-alive has not noticed yet). Beyond, the oldest is closed.
    int maxSocketsPerLogin = 8;
    // Password guessing: lockouts per user name from one address, and per address.
    LoginThrottle::Policy loginPerUser;
    LoginThrottle::Policy loginPerAddress{20};
    // How many passwords (agents' and customers') are hashed at once and may wait for it.
    PasswordChecks::Limits passwordChecks;
    // Customers sign in with the brand's own provider instead of the built-in one.
    std::optional<BrandProviderConfig> brandProvider;
    // Serve https:// and wss:// with this certificate (plain http:// without).
    std::optional<HubTls> tls;
    // How desks and customers reach the hub when that is not the listening address (behind a
    // load balancer, or listening on 0.0.0.0): the scheme, host and port of every URL it gives.
    QUrl publicUrl;
    // A TLS-terminating proxy is in front: clients' addresses come from X-Forwarded-For, on
    // connections from trustedProxies (empty: the hub's own machine, a proxy beside it).
    bool behindProxy = false;
    QList<TrustedProxies::Subnet> trustedProxies;
    // Deadlines for HTTP requests and idle connections, and the cap per address.
    ConnectionGuard::Limits connections;
    // Several hubs on one PostgreSQL database: each checks its line to the others this often, and
    // records then which agents it has online (a hub silent for three intervals counts as gone).
    int peerPingMs = 5000;
    // Audit entries one source (an agent, a customer, an address) may write at once and a minute
    // after that; beyond, they are counted into one audit.suppressed entry.
    AuditLimiter::Policy auditPerSource;
    // The audit chain is checked in full at start and this often (requests check what is new).
    int auditFullPassMs = 10 * 60 * 1000;
    // Skills to transfer to, dispositions and canned responses (--team FILE).
    TeamConfig team = TeamConfig::defaults();
};

} // namespace Signet::Hub
