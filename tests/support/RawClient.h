#pragma once

// An agent WebSocket driven by hand, as any client (or attacker) could drive it: frames go out
// exactly as given, and each answer is read with its status code. The desk's own transport hides
// codes and never sends a malformed frame; the hub's checks are tested through this instead.
#include "Await.h"
#include "TestHub.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace Signet::Test {

struct RawAnswer
{
    int code = 0; // 0: no answer
    QJsonObject body;
    QJsonValue value; // the body as it came (an array for QueryMessages)
    QString type;
    QString message() const { return body.value(QLatin1StringView("msg")).toString(); }
};

class RawClient
{
public:
    // apiVersion: the v= of the WebSocket's address (null: the desk's; empty: none).
    RawClient(TestHub &hub, const QString &user, const QString &apiVersion = QString())
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            if (frame.value(QLatin1StringView("kind")).toString() == QLatin1StringView("resp"))
                m_answers.insert(frame.value(QLatin1StringView("reqId")).toString(), frame);
            else {
                ++m_notifications;
                m_received.append(frame);
            }
        });
        QObject::connect(&m_socket, &QWebSocket::disconnected, [this] {
            m_closeReason = m_socket.closeReason();
            m_closeCode = m_socket.closeCode();
        });
        const QString bearer = hub.loginBearer(user, kPassword);
        if (bearer.isEmpty())
            return;
        QUrl url = hub.webSocketUrl(bearer);
        if (!apiVersion.isNull())
            url.setQuery(apiVersion.isEmpty() ? QString() : QLatin1StringView("v=") + apiVersion);
        m_socket.open(url);
        spinUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 15000);
    }

    // The socket's handlers write into this object's members, which die before the socket: they
    // go first (a socket closed by its destructor says "disconnected").
    ~RawClient() { QObject::disconnect(&m_socket, nullptr, nullptr, nullptr); }

    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocket &socket() { return m_socket; }
    QString closeReason() const { return m_closeReason; }
    int closeCode() const { return m_closeCode; }
    int notifications() const { return m_notifications; }
    // Every notification so far, whole (kind, type, body).
    const QList<QJsonObject> &received() const { return m_received; }

    // A well-formed request; the answer (code 0 when none came within timeoutMs).
    RawAnswer request(const QString &type, const QJsonValue &body, int timeoutMs = 15000)
    {
        const QString id = nextId();
        const QJsonObject frame{{QLatin1StringView("kind"), QLatin1StringView("req")},
                                {QLatin1StringView("id"), id},
                                {QLatin1StringView("type"), type},
                                {QLatin1StringView("body"), body}};
        return send(QJsonDocument(frame).toJson(QJsonDocument::Compact), id, timeoutMs);
    }

    // Any frame as text; the answer to request id (code 0 when none came).
    RawAnswer send(const QByteArray &frame, const QString &id, int timeoutMs = 15000)
    {
        m_socket.sendTextMessage(QString::fromUtf8(frame));
        return await(id, timeoutMs);
    }
    RawAnswer sendBinary(const QByteArray &frame, const QString &id, int timeoutMs = 15000)
    {
        m_socket.sendBinaryMessage(frame);
        return await(id, timeoutMs);
    }

    RawAnswer await(const QString &id, int timeoutMs)
    {
        spinUntil([&] { return m_answers.contains(id) || !connected(); }, timeoutMs);
        const QJsonObject frame = m_answers.take(id);
        RawAnswer answer;
        answer.code = frame.value(QLatin1StringView("code")).toInt();
        answer.body = frame.value(QLatin1StringView("body")).toObject();
        answer.value = frame.value(QLatin1StringView("body"));
        answer.type = frame.value(QLatin1StringView("type")).toString();
        return answer;
    }

    // Whether the answer to request id has come (and not been taken by await yet).
    bool answered(const QString &id) const { return m_answers.contains(id); }
    QString nextId() { return QStringLiteral("raw-%1").arg(++m_lastId); }

private:
    QWebSocket m_socket;
    QHash<QString, QJsonObject> m_answers;
    int m_notifications = 0;
    QList<QJsonObject> m_received;
    int m_lastId = 0;
    QString m_closeReason;
    int m_closeCode = 0;
};

} // namespace Signet::Test
