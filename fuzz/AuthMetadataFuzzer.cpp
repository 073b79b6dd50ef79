// libFuzzer target: the sign-in metadata parsers — the ConnectorAuthenticationRequest the hub
// checks in every agent's PublishEvent, and the ConnectorAuthenticationResponse the desk finds in
// customers' events. Invariants: a malformed request is an error with a reason, never a crash; a
// request that parses builds metadata that parses back to the same request.
#include "auth/AppleAuthRequest.h"
#include "auth/VerifiedIdentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Signet::Auth;

namespace {
bool sameBubble(const Bubble &a, const Bubble &b)
{
    return a.title == b.title && a.subtitle == b.subtitle && a.imageUrl == b.imageUrl &&
           a.style == b.style;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    // Metadata is an array; a lone object is tried as a one-entry array too.
    const QJsonArray metadata =
        document.isArray() ? document.array() : QJsonArray{document.object()};

    (void)AuthResponse::find(metadata);
    const auto parsed = AppleAuthRequest::parse(metadata);
    if (!parsed)
        return 0;
    if (!parsed->ok()) {
        if (parsed->error().isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    const AuthRequestMetadata &request = parsed->value();
    (void)AppleAuthRequest::validate(request.draft, std::nullopt);
    const auto again = AppleAuthRequest::parse(AppleAuthRequest::metadata(
        request.draft, request.requestIdentifier, request.responseEncryptionKey));
    if (!again || !again->ok() || again->value().requestIdentifier != request.requestIdentifier ||
        again->value().responseEncryptionKey != request.responseEncryptionKey ||
        !sameBubble(again->value().draft.received, request.draft.received) ||
        !sameBubble(again->value().draft.reply, request.draft.reply))
        std::abort();
    return 0;
}
