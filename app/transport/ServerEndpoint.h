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
    // SHA-256 of the server's certificate (CertificatePin): when set, that certificate and no other
    // is accepted, even one no CA vouches for. Empty: the system's CAs decide.
    QByteArray certificatePin;

    bool isLoopback() const;
};

} // namespace Signet
