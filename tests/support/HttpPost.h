#pragma once

// A JSON POST as any HTTP client would make it (extra headers as given), waited for, with its
// status, body and headers: for the hub's login, refresh and logout endpoints.
#include "Await.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

namespace Signet::Test {

struct HttpAnswer
{
    int status = 0; // 0: no answer in time
    QJsonObject body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const QNetworkReply::RawHeaderPair &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

inline HttpAnswer postJson(QNetworkAccessManager &network, const QUrl &url, const QJsonObject &body,
                           const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                           int timeoutMs = 15000)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    if (!spinUntil([reply] { return reply->isFinished(); }, timeoutMs))
        return {};
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeaderPairs()};
}

} // namespace Signet::Test
