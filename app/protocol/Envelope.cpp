#include "protocol/Envelope.h"

#include "protocol/JsonReader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Signet::Protocol {

using namespace Qt::StringLiterals;

Envelope Envelope::request(QString id, QString type, QJsonValue body, QJsonArray metadata)
{
    Envelope e;
    e.kind = Kind::Request;
    e.id = std::move(id);
    e.type = std::move(type);
    e.body = std::move(body);
    e.metadata = std::move(metadata);
    return e;
}

Envelope Envelope::response(QString reqId, int code, QString type, QJsonValue body)
{
    Envelope e;
    e.kind = Kind::Response;
    e.reqId = std::move(reqId);
    e.code = code;
    e.type = std::move(type);
    e.body = std::move(body);
    return e;
}

Envelope Envelope::errorResponse(QString reqId, int code, QString type, const QString &message)
{
    return response(std::move(reqId), code, std::move(type), QJsonObject{{"msg"_L1, message}});
}

Envelope Envelope::notification(QString type, QJsonValue body)
{
    Envelope e;
    e.kind = Kind::Notification;
    e.type = std::move(type);
    e.body = std::move(body);
    return e;
}

QString Envelope::errorMessage() const
{
    if (body.isString())
        return body.toString();
    const QString msg = body.toObject().value("msg"_L1).toString();
    return msg.isEmpty() ? u"error %1"_s.arg(code) : msg;
}

Result<Envelope> decodeEnvelope(const QByteArray &frame)
{
    if (frame.isEmpty())
        return fail(u"empty frame"_s);
    if (frame.size() > kMaxFrameBytes)
        return fail(
            u"frame of %1 bytes exceeds the %2-byte limit"_s.arg(frame.size()).arg(kMaxFrameBytes));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            u"not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(u"frame is not a JSON object"_s);

    JsonReader reader(document.object());
    const QString kind = reader.string("kind"_L1);
    if (!reader.ok())
        return fail(reader.error());

    Envelope e;
    if (kind == "req"_L1) {
        e.kind = Envelope::Kind::Request;
        e.id = reader.string("id"_L1);
        e.type = reader.string("type"_L1);
        e.metadata = reader.optionalArray("metadata"_L1);
        if (reader.ok() && e.id.isEmpty())
            reader.failAt("id"_L1, u"must not be empty"_s);
        if (reader.ok() && e.id.size() > kMaxIdLength)
            reader.failAt("id"_L1, u"longer than %1 characters"_s.arg(kMaxIdLength));
    } else if (kind == "resp"_L1) {
        e.kind = Envelope::Kind::Response;
        e.reqId = reader.string("reqId"_L1);
        e.type = reader.optionalString("type"_L1);
        e.code = static_cast<int>(reader.integer("code"_L1));
        if (reader.ok() && (e.code < 100 || e.code > 599))
            reader.failAt("code"_L1, u"not a status code"_s);
    } else if (kind == "notification"_L1) {
        e.kind = Envelope::Kind::Notification;
        e.type = reader.string("type"_L1);
    } else {
        return fail(u"kind: unknown kind \"%1\""_s.arg(kind.left(40)));
    }
    if (reader.ok() && e.kind != Envelope::Kind::Response && e.type.isEmpty())
        reader.failAt("type"_L1, u"must not be empty"_s);
    if (!reader.ok())
        return fail(reader.error());
    e.body = document.object().value("body"_L1);
    if (e.body.isUndefined())
        e.body = QJsonObject();
    return e;
}

QByteArray encodeEnvelope(const Envelope &e)
{
    QJsonObject o;
    switch (e.kind) {
    case Envelope::Kind::Request:
        o.insert("kind"_L1, "req"_L1);
        o.insert("id"_L1, e.id);
        o.insert("type"_L1, e.type);
        o.insert("body"_L1, e.body);
        if (!e.metadata.isEmpty())
            o.insert("metadata"_L1, e.metadata);
        break;
    case Envelope::Kind::Response:
        o.insert("kind"_L1, "resp"_L1);
        o.insert("reqId"_L1, e.reqId);
        o.insert("code"_L1, e.code);
        if (!e.type.isEmpty())
            o.insert("type"_L1, e.type);
        o.insert("body"_L1, e.body);
        break;
    case Envelope::Kind::Notification:
        o.insert("kind"_L1, "notification"_L1);
        o.insert("type"_L1, e.type);
        o.insert("body"_L1, e.body);
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Signet::Protocol
