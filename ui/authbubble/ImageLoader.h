#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Signet::Ui {

// Bubble images, fetched asynchronously and cached by URL. A small interface so the composer's
// tests can supply images without a network.
class ImageLoader : public QObject
{
    Q_OBJECT
public:
    enum class Status { Unknown, Loading, Loaded, Failed };

    using QObject::QObject;
    ~ImageLoader() override = default;

    // Starts loading when needed; the result arrives through finished().
    virtual void request(const QUrl &url) = 0;
    virtual Status status(const QUrl &url) const = 0;
    virtual QImage image(const QUrl &url) const = 0;
    virtual QString error(const QUrl &url) const = 0;

signals:
    void finished(const QUrl &url);
};

// Over QNetworkAccessManager: https only (the composer never asks for anything else), redirects
// kept on https, at most 5 MB, decoded with QImage.
class NetworkImageLoader : public ImageLoader
{
    Q_OBJECT
public:
    explicit NetworkImageLoader(QObject *parent = nullptr);

    void request(const QUrl &url) override;
    Status status(const QUrl &url) const override { return m_entries.value(url).status; }
    QImage image(const QUrl &url) const override { return m_entries.value(url).image; }
    QString error(const QUrl &url) const override { return m_entries.value(url).error; }

private:
    struct Entry
    {
        Status status = Status::Unknown;
        QImage image;
        QString error;
    };
    QNetworkAccessManager *m_network;
    QHash<QUrl, Entry> m_entries;
};

} // namespace Signet::Ui
