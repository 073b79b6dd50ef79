#include "transport/CertificatePin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace Signet::CertificatePin {

using namespace Qt::StringLiterals;

Result<QByteArray> parse(const QString &input)
{
    QString hex = input.trimmed();
    if (hex.startsWith("SHA256:"_L1, Qt::CaseInsensitive) ||
        hex.startsWith("SHA-256:"_L1, Qt::CaseInsensitive))
        hex = hex.mid(hex.indexOf(u':') + 1);
    hex.remove(QRegularExpression(u"[\\s:]"_s));
    static const QRegularExpression hex64(u"^[0-9A-Fa-f]{64}$"_s);
    if (!hex64.match(hex).hasMatch())
        return fail(QCoreApplication::translate(
            "Signet::CertificatePin",
            "A certificate fingerprint is 32 bytes of SHA-256 in hex, like "
            "SHA256:AB:CD:… (64 hex digits); this is not one."));
    return QByteArray::fromHex(hex.toLatin1());
}

QString text(const QByteArray &digest)
{
    const QByteArray hex = digest.toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return u"SHA256:"_s + pairs.join(u':');
}

QByteArray of(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString refusal(const QString &host, const QList<QSslError> &errors,
                const QSslCertificate &presented)
{
    QStringList problems;
    for (const QSslError &error : errors) {
        if (!problems.contains(error.errorString()))
            problems << error.errorString();
    }
    QString message =
        QCoreApplication::translate("Signet::CertificatePin",
                                    "The certificate of %1 is not trusted (%2).")
            .arg(host, problems.isEmpty() ? QCoreApplication::translate("Signet::CertificatePin",
                                                                        "no reason given")
                                          : problems.join(u"; "_s));
    if (!presented.isNull())
        message += u' ' + QCoreApplication::translate(
                              "Signet::CertificatePin",
                              "Its fingerprint is %1: if whoever runs the server confirms it, "
                              "enter it as the certificate fingerprint in File → Connect to "
                              "Server.")
                              .arg(textOf(presented));
    return message;
}

QString mismatch(const QString &host, const QByteArray &pinned, const QSslCertificate &presented)
{
    return QCoreApplication::translate(
               "Signet::CertificatePin",
               "%1 showed a different certificate (%2) from the pinned one (%3); the connection "
               "was refused. If the server's certificate was replaced, check the new fingerprint "
               "with whoever runs it.")
        .arg(host,
             presented.isNull() ? QCoreApplication::translate("Signet::CertificatePin", "none")
                                : textOf(presented),
             text(pinned));
}

} // namespace Signet::CertificatePin
