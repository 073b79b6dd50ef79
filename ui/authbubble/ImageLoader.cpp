#include "authbubble/ImageLoader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Signet::Ui {

namespace {
constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
}

NetworkImageLoader::NetworkImageLoader(QObject *parent)
    : ImageLoader(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(15000);
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void NetworkImageLoader::request(const QUrl &url)
{
    const Status current = status(url);
    if (current == Status::Loading || current == Status::Loaded)
        return;
    if (url.scheme() != QLatin1StringView("https")) {
        m_entries.insert(url, {Status::Failed, {}, tr("Only https images are loaded.")});
        emit finished(url);
        return;
    }
    m_entries.insert(url, {Status::Loading, {}, {}});
    QNetworkReply *reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxImageBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        Entry entry;
        if (reply->error() != QNetworkReply::NoError) {
            entry = {Status::Failed,
                     {},
                     tr("The image could not be loaded: %1").arg(reply->errorString())};
        } else {
            QImage image;
            if (!image.loadFromData(reply->readAll()))
                entry = {Status::Failed, {}, tr("The address did not return an image.")};
            else
                entry = {Status::Loaded, image, {}};
        }
        m_entries.insert(url, entry);
        emit finished(url);
    });
}

} // namespace Signet::Ui
