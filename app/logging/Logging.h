#pragma once

#include <QLoggingCategory>
#include <QString>

// One header for every logging category: signet.<area>.
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)
Q_DECLARE_LOGGING_CATEGORY(lcTransport)
Q_DECLARE_LOGGING_CATEGORY(lcConversation)
Q_DECLARE_LOGGING_CATEGORY(lcHub)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcKeys)

namespace Signet::Logging {

// Anything that could carry a bearer, a password or a token goes through redacted() before it
// reaches a log: it keeps the shape of a frame (for debugging) and drops the values of sensitive
// keys, and caps the length so a hostile frame cannot flood the log.
QString redacted(const QString &text, int maxLength = 512);
QString redacted(const QByteArray &utf8, int maxLength = 512);

} // namespace Signet::Logging
