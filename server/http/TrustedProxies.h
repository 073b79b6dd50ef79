#pragma once

#include "Result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>

namespace Signet::Hub {

// The proxies whose X-Forwarded-For the hub believes (--trusted-proxy). Behind a TLS-terminating
// proxy every request arrives from the proxy, and the client's address is only what the proxy
// wrote into the header; anyone else who reaches the hub directly could write anything there, so
// the header counts only on a connection from one of these networks.
class TrustedProxies
{
public:
    using Subnet = QPair<QHostAddress, int>;

    TrustedProxies() = default;
    explicit TrustedProxies(QList<Subnet> subnets);
    // The hub's own machine (127.0.0.0/8 and ::1): a proxy beside the hub, the usual set-up.
    static TrustedProxies loopback();
    // "ADDRESS" or "ADDRESS/PREFIX" (IPv4 or IPv6), with a reason when it is neither.
    static Result<Subnet> parse(const QString &text);
    // An IPv4 client seen through a dual-stack socket (::ffff:192.0.2.1) as the IPv4 address.
    static QHostAddress normalized(const QHostAddress &address);

    bool isEmpty() const { return m_subnets.isEmpty(); }
    const QList<Subnet> &subnets() const { return m_subnets; }
    bool contains(const QHostAddress &address) const;
    // Who is behind a connection from peer: when peer is a trusted proxy, the right-most
    // X-Forwarded-For entry that is not itself one (entries further left are the client's own
    // to forge; when every entry is a trusted proxy, the left-most); otherwise, or when the
    // header names no address, peer itself.
    QHostAddress clientOf(const QHostAddress &peer, const QByteArray &forwardedFor) const;

private:
    QList<Subnet> m_subnets;
};

} // namespace Signet::Hub
