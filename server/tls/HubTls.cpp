#include "tls/HubTls.h"

#include "FileAccess.h"

#include "crypto/SelfSignedCertificate.h"
#include "transport/CertificatePin.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSslKey>

namespace Signet::Hub {

using namespace Qt::StringLiterals;

Result<HubTls> HubTls::load(const QString &certificateFile, const QString &keyFile)
{
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return fail(
            QObject::tr("Cannot read the TLS key %1: %2").arg(keyFile, keyIn.errorString()));
#ifdef Q_OS_UNIX
    if (keyIn.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return fail(QObject::tr("The TLS key %1 can be read by other users; run chmod 600 %1.")
                        .arg(keyFile));
#endif
    QFile certIn(certificateFile);
    if (!certIn.open(QIODevice::ReadOnly))
        return fail(QObject::tr("Cannot read the TLS certificate %1: %2")
                        .arg(certificateFile, certIn.errorString()));
    const QByteArray certPem = certIn.readAll();
    Crypto::SecretBytes keyPem = Crypto::SecretBytes::copyOf(keyIn.readAll());
    if (Status pair = Crypto::checkKeyMatchesCertificate(keyPem.view(), certPem); !pair)
        return fail(QObject::tr("%1 and %2: %3").arg(certificateFile, keyFile, pair.error()));
    QByteArray keyBytes = keyPem.view().toByteArray(); // QSslKey takes a QByteArray
    QSslKey key(keyBytes, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Rsa, QSsl::Pem);
    keyBytes.fill('\0');
    if (key.isNull())
        return fail(QObject::tr("%1: only EC and RSA keys are supported.").arg(keyFile));

    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    const QSslCertificate &leaf = chain.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (leaf.expiryDate() <= now)
        return fail(QObject::tr("The TLS certificate in %1 expired on %2.")
                        .arg(certificateFile, leaf.expiryDate().toString(Qt::ISODate)));
    if (leaf.effectiveDate() > now)
        return fail(QObject::tr("The TLS certificate in %1 is not valid before %2.")
                        .arg(certificateFile, leaf.effectiveDate().toString(Qt::ISODate)));
    HubTls tls;
    tls.configuration = QSslConfiguration::defaultConfiguration();
    tls.configuration.setLocalCertificateChain(chain);
    tls.configuration.setPrivateKey(key);
    tls.configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // desks show no certificate
    tls.configuration.setProtocol(QSsl::TlsV1_2OrLater);
    tls.fingerprint = CertificatePin::textOf(leaf);
    return tls;
}

Result<HubTls> HubTls::selfSigned(const QString &directory, const QStringList &hosts)
{
    const QString certFile = QDir(directory).filePath(u"hub-cert.pem"_s);
    const QString keyFile = QDir(directory).filePath(u"hub-key.pem"_s);
    // Reuse the certificate desks have pinned, as long as it still fits.
    const QList<QSslCertificate> existing = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (!existing.isEmpty() && QFile::exists(keyFile)) {
        const QSslCertificate &cert = existing.first();
        const QMultiMap<QSsl::AlternativeNameEntryType, QString> names =
            cert.subjectAlternativeNames();
        bool coversAll = true;
        for (const QString &host : hosts) {
            const bool isAddress = !QHostAddress(host).isNull();
            coversAll =
                coversAll && names.values(isAddress ? QSsl::IpAddressEntry : QSsl::DnsEntry)
                                 .contains(isAddress ? QHostAddress(host).toString() : host);
        }
        if (coversAll && cert.expiryDate() > QDateTime::currentDateTimeUtc().addDays(7)) {
            Result<HubTls> kept = load(certFile, keyFile);
            if (kept)
                return kept;
            // A key others can read is the administrator's to fix (a new pair would quietly
            // break every desk's pin); a damaged pair (a crash while writing it) is made anew.
            if (kept.error().contains(u"chmod 600"_s))
                return kept;
        }
    }
    Result<Crypto::CertificateAndKey> made = Crypto::makeSelfSignedCertificate(hosts);
    if (!made)
        return fail(made.error());
    if (!makeOwnerOnlyPath(directory))
        return fail(QObject::tr("Cannot create %1.").arg(directory));
    // The key first, owner-only from its first byte on disk.
    QFile::remove(keyFile);
    QFile key(keyFile);
    if (!key.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(QObject::tr("Cannot write %1: %2").arg(keyFile, key.errorString()));
    const QByteArrayView keyPem = made->privateKeyPem.view();
    if (key.write(keyPem.data(), keyPem.size()) != keyPem.size() || !key.flush())
        return fail(QObject::tr("Cannot write %1: %2").arg(keyFile, key.errorString()));
    key.close();
    QSaveFile cert(certFile);
    if (!cert.open(QIODevice::WriteOnly) || cert.write(made->certificatePem) < 0 || !cert.commit())
        return fail(QObject::tr("Cannot write %1: %2").arg(certFile, cert.errorString()));
    return load(certFile, keyFile);
}

void HubTls::trustOwnCertificate(QNetworkAccessManager *network) const
{
    const QList<QSslCertificate> chain = configuration.localCertificateChain();
    if (chain.isEmpty())
        return;
    const QSslCertificate own = chain.first();
    QObject::connect(network, &QNetworkAccessManager::sslErrors, network,
                     [own](QNetworkReply *reply, const QList<QSslError> &errors) {
                         static const QList<QSslError::SslError> untrusted{
                             QSslError::SelfSignedCertificate,
                             QSslError::SelfSignedCertificateInChain,
                             QSslError::UnableToGetLocalIssuerCertificate,
                             QSslError::UnableToVerifyFirstCertificate,
                             QSslError::CertificateUntrusted,
                             QSslError::UnableToGetIssuerCertificate};
                         if (reply->sslConfiguration().peerCertificate() != own)
                             return;
                         const bool onlyUntrusted = std::all_of(
                             errors.cbegin(), errors.cend(), [](const QSslError &error) {
                                 return untrusted.contains(error.error());
                             });
                         if (onlyUntrusted)
                             reply->ignoreSslErrors(errors);
                     });
}

} // namespace Signet::Hub
