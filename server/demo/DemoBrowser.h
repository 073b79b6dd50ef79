#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Signet::Hub {

// What a demo customer's phone does after tapping Sign in: opens the login page, types the
// credentials (a wrong password first, when scripted), and follows the redirect. Real HTTP to the
// hub's own provider, so the demo exercises exactly the code real customers go through.
class DemoBrowser : public QObject
{
    Q_OBJECT
public:
    explicit DemoBrowser(QObject *parent = nullptr);
    QNetworkAccessManager *network() const { return m_network; }

    // Gives the final redirect (to Apple's side or the hub's callback), or an empty URL.
    void signIn(const QUrl &start, const QString &username, const QStringList &passwords,
                std::function<void(const QUrl &redirect)> done);
    void open(const QUrl &url);

private:
    void submit(const QUrl &action, const QString &txn, const QString &username,
                QStringList passwords, std::function<void(const QUrl &)> done);

    QNetworkAccessManager *m_network;
};

} // namespace Signet::Hub
