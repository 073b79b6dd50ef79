#pragma once

#include "protocol/Values.h"

#include <QString>

namespace Signet::Review {

// The hash chain over a conversation's events (docs/protocol.md, "Transcript hash chain"): each
// event's hash is SHA-256 over the previous hash and the event's canonical bytes, starting from a
// seed bound to the conversation. signet-hub stores the hash with every event as it is written;
// an export carries them, so it can be checked later against the hub's store — any change to a
// message, its order, or a message left out breaks the chain from there on.
namespace TranscriptChain {

// Hex SHA-256 of "signet-transcript-v1\n" + conversation id.
QString seed(const QString &conversationId);
// Compact JSON (keys sorted) of {conversationId, sequence, originatorId, originatorRole,
// serverTimestamp, event, metadata}.
QByteArray canonical(const Protocol::MessagingEvent &event);
// Hex SHA-256 of the previous hash (hex, as text) + "\n" + canonical(event).
QString next(const QString &previous, const Protocol::MessagingEvent &event);

} // namespace TranscriptChain

} // namespace Signet::Review
