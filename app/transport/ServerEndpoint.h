#pragma once

#include <QUrl>

namespace Signet {

// Where the desk connects: the hub's base URL (http(s)://host:port), the account (LivePerson's
// site id; "signet" on signet-hub) and the agent's user name. The password never lives here.
// Either way the desk discovers the login and messaging hosts at baseUrl
// (/api/account/{account}/service/baseURI.json): a LivePerson-style account is given as its
// discovery domain (https://domain) and account id instead of a hub's address.
struct ServerEndpoint
{
    enum class Kind { SignetHub, LivePersonAccount };
    Kind kind = Kind::SignetHub;
    QUrl baseUrl;
    QString account = QStringLiteral("signet");
    QString username;
    // SHA-256 of the server's certificate (CertificatePin): when set, that certificate and no other
    // is accepted, even one no CA vouches for. Empty: the system's CAs decide.
    QByteArray certificatePin;

    bool isLoopback() const;
    // host[:port] of baseUrl: what a LivePerson-style account names as its discovery domain.
    QString discoveryDomain() const;
    // https://domain for a discovery domain typed as host[:port] (an https:// in front is
    // tolerated); an invalid QUrl when it is not one.
    static QUrl discoveryUrl(const QString &domain);
    // "signet-hub" or "liveperson", as settings keep it; and back (anything else: a hub).
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
};

} // namespace Signet
