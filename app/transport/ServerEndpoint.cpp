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

} // namespace Signet
