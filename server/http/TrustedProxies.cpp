#include "TrustedProxies.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Signet::Hub {

TrustedProxies::TrustedProxies(QList<Subnet> subnets)
    : m_subnets(std::move(subnets))
{}

TrustedProxies TrustedProxies::loopback()
{
    return TrustedProxies(
        {QHostAddress::parseSubnet(u"127.0.0.0/8"_s), QHostAddress::parseSubnet(u"::1/128"_s)});
}

Result<TrustedProxies::Subnet> TrustedProxies::parse(const QString &text)
{
    // Strict: a whole address (Qt would also read "10.0.0" or "10.1" as abbreviations, which
    // nobody means to trust), and a prefix of digits within the address's length.
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    const QString host = slash < 0 ? trimmed : trimmed.left(slash);
    const QHostAddress address(host);
    const bool ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int bits = ipv6 ? 128 : 32;
    bool prefixOk = slash < 0;
    int prefix = bits;
    if (slash >= 0) {
        const QString digits = trimmed.mid(slash + 1);
        prefix = digits.toInt(&prefixOk);
        prefixOk = prefixOk && !digits.isEmpty() &&
                   std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }) &&
                   prefix >= 0 && prefix <= bits;
    }
    if (address.isNull() || (!ipv6 && host.count(u'.') != 3) || !prefixOk)
        return fail(QCoreApplication::translate("TrustedProxies",
                                                "\"%1\" is not an address or a network (ADDRESS or "
                                                "ADDRESS/PREFIX, e.g. 10.0.0.5 or 10.0.0.0/24)")
                        .arg(text.left(100)));
    // The network the prefix names (10.0.0.7/24 is 10.0.0.0/24).
    const Subnet subnet =
        QHostAddress::parseSubnet(address.toString() + u'/' + QString::number(prefix));
    return Subnet{normalized(subnet.first), subnet.second};
}

QHostAddress TrustedProxies::normalized(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4) : address;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress plain = normalized(address);
    for (const Subnet &subnet : m_subnets) {
        if (plain.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress TrustedProxies::clientOf(const QHostAddress &peer,
                                      const QByteArray &forwardedFor) const
{
    const QHostAddress from = normalized(peer);
    if (!contains(from))
        return from;
    // Each trusted proxy appends the address it saw: walk back from the hub through them.
    QHostAddress nearest = from;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull())
            break; // not an address: nothing further left can be believed either
        nearest = normalized(address);
        if (!contains(nearest))
            return nearest;
    }
    return nearest;
}

} // namespace Signet::Hub
