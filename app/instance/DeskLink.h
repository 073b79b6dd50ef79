#pragma once

#include "Result.h"

#include <QString>
#include <QUrl>

namespace Signet {

// signet://conversation/<id>: a link that opens a conversation in the desk (from a CRM, a ticket,
// a supervisor's message). Parsed strictly: a link is input from anywhere on the desktop.
namespace DeskLink {

inline constexpr int kMaxIdLength = 128;

// The conversation id a link names, or why it is not a Signet link.
Result<QString> conversation(const QUrl &link);
// The link for a conversation.
QUrl forConversation(const QString &convId);

} // namespace DeskLink
} // namespace Signet
