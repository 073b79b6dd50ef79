#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QStringList>

namespace Signet::Crypto {

struct CertificateAndKey
{
    QByteArray certificatePem;
    SecretBytes privateKeyPem; // PKCS#8, unencrypted: written owner-only, never logged
};

// A new P-256 key and a self-signed X.509 v3 certificate for it, valid from now for `days` days,
// naming each of `hosts` (DNS names or IP addresses) in its subjectAltName and the first as its
// common name. For development and small teams without a CA: desks pin its SHA-256 fingerprint.
Result<CertificateAndKey> makeSelfSignedCertificate(const QStringList &hosts, int days = 825);

// Whether a PEM private key belongs to the first certificate in a PEM chain (a server started with
// a mismatched pair would fail every handshake with a far less clear error).
Status checkKeyMatchesCertificate(QByteArrayView privateKeyPem, QByteArrayView certificatePem);

} // namespace Signet::Crypto
