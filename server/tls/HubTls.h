#pragma once

#include "Result.h"

#include <QSslConfiguration>
#include <QStringList>

class QNetworkAccessManager;

namespace Signet::Hub {

// The hub's TLS: a certificate chain and its private key from PEM files (the key file must be
// readable by its owner only, like ssh's), or — for development and small teams without a CA — a
// self-signed certificate the hub makes once and keeps beside its database. Desks verify the
// certificate against the system's CAs, or pin its SHA-256 fingerprint.
struct HubTls
{
    QSslConfiguration configuration;
    QString fingerprint; // of the leaf certificate, as desks pin it (CertificatePin::text)

    static Result<HubTls> load(const QString &certificateFile, const QString &keyFile);
    // Uses directory/hub-cert.pem and hub-key.pem, making them first when they are missing,
    // expired or do not name every one of hosts.
    static Result<HubTls> selfSigned(const QString &directory, const QStringList &hosts);

    // Lets network reach this hub itself (its own login page and token endpoints) when no CA the
    // system knows vouches for its certificate, a self-signed one: that exact certificate is
    // trusted, since only this hub holds its key. Any other problem (a name it does not carry, an
    // expired one) is still refused, and so is every other certificate no CA vouches for.
    void trustOwnCertificate(QNetworkAccessManager *network) const;
};

} // namespace Signet::Hub
