#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace Signet {

// A server certificate's SHA-256 fingerprint: what signet-hub prints for its certificate and what
// a desk pins to trust one that no CA vouches for (a self-signed hub). A pinned desk accepts that
// certificate and no other, whatever the CAs say.
namespace CertificatePin {

// The 32 digest bytes from "SHA256:AB:CD:…", "ab:cd:…" or plain hex (spaces allowed).
Result<QByteArray> parse(const QString &text);
// "SHA256:AB:CD:…", the form `openssl x509 -noout -fingerprint -sha256` shows.
QString text(const QByteArray &digest);
QByteArray of(const QSslCertificate &certificate);
inline QString textOf(const QSslCertificate &certificate)
{
    return text(of(certificate));
}

// What the agent is told when a server's certificate is refused: which server, what is wrong with
// the certificate, and its fingerprint to check with whoever runs the server.
QString refusal(const QString &host, const QList<QSslError> &errors,
                const QSslCertificate &presented);
// What the agent is told when the server shows another certificate than the pinned one.
QString mismatch(const QString &host, const QByteArray &pinned, const QSslCertificate &presented);

} // namespace CertificatePin
} // namespace Signet
