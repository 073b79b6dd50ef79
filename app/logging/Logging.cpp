#include "logging/Logging.h"

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcProtocol, "signet.protocol", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransport, "signet.transport", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConversation, "signet.conversation", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHub, "signet.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "signet.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "signet.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeys, "signet.keys", QtInfoMsg)

namespace Signet::Logging {

using namespace Qt::StringLiterals;

QString redacted(const QString &text, int maxLength)
{
    // JSON string values of keys that carry secrets, and bearer tokens in URLs.
    static const QRegularExpression secretValue(
        uR"re("(bearer|password|token|csrf|secret|clientSecret|responseEncryptionKey|privateKey|access_token|refresh_token|code)"\s*:\s*"[^"]*")re"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearerPath(uR"re((/messaging/brand/)[^/?\s"]+)re"_s);
    static const QRegularExpression bearerHeader(uR"re((Bearer\s+)[A-Za-z0-9._~+/=-]+)re"_s);

    QString out = text;
    out.replace(secretValue, uR"("\1":"[redacted]")"_s);
    out.replace(bearerPath, u"\\1[redacted]"_s);
    out.replace(bearerHeader, u"\\1[redacted]"_s);
    if (out.size() > maxLength)
        out = out.left(maxLength) + u"… (%1 characters)"_s.arg(text.size());
    return out;
}

QString redacted(const QByteArray &utf8, int maxLength)
{
    return redacted(QString::fromUtf8(utf8), maxLength);
}

} // namespace Signet::Logging
