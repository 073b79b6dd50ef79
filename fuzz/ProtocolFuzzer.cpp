// libFuzzer target: the agent-protocol frame decoder and every body decoder behind it.
#include "protocol/Codec.h"
#include "protocol/Envelope.h"

#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Signet::Protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto envelope = decodeEnvelope(frame);
    if (!envelope) {
        if (envelope.error().isEmpty())
            std::abort();
        return 0;
    }
    const QJsonObject body = envelope->body.toObject();
    (void)decodeConversationChangeNotification(body);
    (void)decodeRoutingTaskNotification(body);
    (void)decodeMessagingEvent(body);
    (void)decodePublishEventRequest(body, envelope->metadata);
    (void)decodeConversationFieldUpdate(body);
    (void)decodeQueryMessagesRequest(body);
    (void)decodeSubscribeConversationsRequest(body);
    (void)decodeUserProfile(body);
    (void)decodeMessagingEvents(envelope->body);
    // What decodes must encode and decode again to the same envelope.
    const auto again = decodeEnvelope(encodeEnvelope(envelope.value()));
    if (!again || again->type != envelope->type || again->body != envelope->body)
        std::abort();
    return 0;
}
