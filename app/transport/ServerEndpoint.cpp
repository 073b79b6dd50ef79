#include "transport/ServerEndpoint.h"

#include <QHostAddress>

namespace Signet {

bool ServerEndpoint::isLoopback() const
{
    const QString host = baseUrl.host();
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ServerEndpoint::discoveryDomain() const
{
    const QString host =
        baseUrl.host().contains(u':') ? u'[' + baseUrl.host() + u']' : baseUrl.host();
    return baseUrl.port() > 0 ? host + u':' + QString::number(baseUrl.port()) : host;
}

QUrl ServerEndpoint::discoveryUrl(const QString &domain)
{
    QString text = domain.trimmed();
    if (text.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive))
        text = text.mid(8);
    if (text.endsWith(u'/'))
        text.chop(1);
    if (text.isEmpty() || text.contains(u'/') || text.contains(u'?') || text.contains(u'#') ||
        text.contains(u'@') || text.contains(u' '))
        return {};
    const QUrl url(QLatin1StringView("https://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url;
}

QString ServerEndpoint::kindName(Kind kind)
{
    return kind == Kind::LivePersonAccount ? QStringLiteral("liveperson")
                                           : QStringLiteral("signet-hub");
}

ServerEndpoint::Kind ServerEndpoint::kindFromName(const QString &name)
{
    return name == QLatin1StringView("liveperson") ? Kind::LivePersonAccount : Kind::SignetHub;
}

} // namespace Signet
