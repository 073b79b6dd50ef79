#pragma once

#include <QUrl>

namespace Signet {

// Where the desk connects: the hub's base URL (http(s)://host:port), the account (LivePerson's
// site id; "signet" on signet-hub) and the agent's user name. The password never lives here.
struct ServerEndpoint
{
    QUrl baseUrl;
    QString account = QStringLiteral("signet");
    QString username;

    bool isLoopback() const;
};

} // namespace Signet
