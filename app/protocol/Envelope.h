#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace Signet::Protocol {

// Frames larger than this are refused before parsing: an agent frame is a few kilobytes, a sign-in
// bubble with metadata well under 64 KiB; 4 MiB leaves room for a QueryMessages page.
constexpr qsizetype kMaxFrameBytes = 4 * 1024 * 1024;
// A request id is the client's counter or a UUID; anything longer is refused.
constexpr qsizetype kMaxIdLength = 128;
// The hub cuts a QueryMessages page at this many encoded bytes (at least one event), so an answer
// always fits in a frame; a desk asks again after a page that may have been cut.
constexpr qsizetype kQueryMessagesBudget = kMaxFrameBytes / 2;
// What one published event may carry besides its text: its metadata (a sign-in bubble's is a few
// kilobytes) and its rich content (a list picker or a card), each as compact JSON. The frame limit
// alone would let one event store 4 MiB.
constexpr qsizetype kMaxEventMetadataBytes = 64 * 1024;
constexpr qsizetype kMaxRichContentBytes = 64 * 1024;

// The LivePerson Messaging Agent API envelope (PROTOCOL.md §1).
struct Envelope
{
    enum class Kind { Request, Response, Notification };

    Kind kind = Kind::Request;
    QString id;          // requests
    QString reqId;       // responses
    QString type;        // ".ams.ms.PublishEvent", ".ams.ms.PublishEvent$Response", …
    int code = 0;        // responses: 200 OK, ≥ 400 error
    QJsonValue body;     // usually an object
    QJsonArray metadata; // request-level metadata (PublishEvent)

    static Envelope request(QString id, QString type, QJsonValue body, QJsonArray metadata = {});
    static Envelope response(QString reqId, int code, QString type, QJsonValue body);
    static Envelope errorResponse(QString reqId, int code, QString type, const QString &message);
    static Envelope notification(QString type, QJsonValue body);

    bool isError() const { return kind == Kind::Response && code >= 400; }
    // The message of an error response ({"body":"…"} or {"body":{"msg":"…"}}).
    QString errorMessage() const;
};

// Parses one WebSocket text frame. A malformed frame yields an error with the reason and never a
// half-filled envelope.
Result<Envelope> decodeEnvelope(const QByteArray &frame);
QByteArray encodeEnvelope(const Envelope &envelope);

} // namespace Signet::Protocol
