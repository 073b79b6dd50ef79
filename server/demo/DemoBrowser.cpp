#include "demo/DemoBrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Signet::Hub {

using namespace Qt::StringLiterals;

DemoBrowser::DemoBrowser(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setTransferTimeout(15000);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void DemoBrowser::open(const QUrl &url)
{
    QNetworkReply *reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void DemoBrowser::signIn(const QUrl &start, const QString &username, const QStringList &passwords,
                         std::function<void(const QUrl &)> done)
{
    QNetworkReply *reply = m_network->get(QNetworkRequest(start));
    connect(reply, &QNetworkReply::finished, this, [this, reply, start, username, passwords, done] {
        reply->deleteLater();
        static const QRegularExpression txn(u"name=\"txn\" value=\"([^\"]+)\""_s);
        const QString transaction = txn.match(QString::fromUtf8(reply->readAll())).captured(1);
        if (transaction.isEmpty()) {
            done({});
            return;
        }
        QUrl action = start;
        action.setQuery(QString());
        submit(action, transaction, username, passwords, done);
    });
}

void DemoBrowser::submit(const QUrl &action, const QString &txn, const QString &username,
                         QStringList passwords, std::function<void(const QUrl &)> done)
{
    if (passwords.isEmpty()) {
        done({});
        return;
    }
    const QString password = passwords.takeFirst();
    QUrlQuery form;
    form.addQueryItem(u"txn"_s, txn);
    form.addQueryItem(u"username"_s, QString::fromLatin1(QUrl::toPercentEncoding(username)));
    form.addQueryItem(u"password"_s, QString::fromLatin1(QUrl::toPercentEncoding(password)));
    form.addQueryItem(u"action"_s, u"signin"_s);
    QNetworkRequest request(action);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    QNetworkReply *reply = m_network->post(request, form.query(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, action, txn, username, passwords, done] {
                reply->deleteLater();
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 302) {
                    done(QUrl::fromEncoded(reply->rawHeader("Location")));
                    return;
                }
                submit(action, txn, username, passwords, done); // wrong password: the next one
            });
}

} // namespace Signet::Hub
