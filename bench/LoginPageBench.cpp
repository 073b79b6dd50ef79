// What strangers opening the customers' login page cost the hub's memory. Each visit to
// /oauth/authorize is a login transaction the hub remembers until it ends (10 minutes at most);
// the hub keeps at most 20 open per address and 10,000 in all, and answers 429 beyond. Two
// phases against a hub in this process, 32 visits in flight at a time:
//  * one address: 3,000 visits from 127.0.0.2 (the finding: they once took the hub from 24 to
//    95 MB for 15 minutes);
//  * many addresses: 25 visits from each of 600 addresses (127.0.1.0 …), 15,000 in all, past the
//    total cap.
// Reported for each: the answers (200: a login page and a transaction; 429: refused at once), the
// transactions open afterwards, and the process's resident set before and after.
//   login_page_bench
#include "BenchDesk.h"
#include "TestHub.h"
#include "oauth/OAuthProvider.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTextStream>

#include <map>

using namespace Signet;
using namespace Signet::Bench;
using namespace Signet::Hub;
using namespace Signet::Test;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

// Visits the login page `total` times, inFlight at once, visit n from source(n).
class Visits : public QObject
{
public:
    std::map<int, int> byStatus;

    void run(quint16 port, const QByteArray &path, int total, int inFlight,
             std::function<QHostAddress(int)> source)
    {
        m_port = port;
        m_path = path;
        m_total = total;
        m_source = std::move(source);
        for (int i = 0; i < inFlight && m_next < m_total; ++i)
            openOne();
        runUntil([this] { return m_done == m_total; }, 300000);
    }

private:
    void openOne()
    {
        const int n = m_next++;
        auto *socket = new QTcpSocket(this);
        socket->bind(m_source(n));
        connect(socket, &QTcpSocket::connected, socket, [this, socket] {
            socket->write("GET " + m_path +
                          " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        });
        onHttpAnswer(socket, [this](int status) {
            ++byStatus[status];
            ++m_done;
            if (m_next < m_total)
                openOne();
        });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    quint16 m_port = 0;
    QByteArray m_path;
    int m_total = 0;
    int m_next = 0;
    int m_done = 0;
    std::function<QHostAddress(int)> m_source;
};

QString answers(const std::map<int, int> &byStatus)
{
    QStringList parts;
    for (const auto &[status, count] : byStatus)
        parts << u"%1 × %2"_s.arg(count).arg(status);
    return parts.join(u", "_s);
}

} // namespace

int main(int argc, char *argv[])
{
    raiseOpenFileLimit();
    QCoreApplication app(argc, argv);
    giveUpAfter(app, 10, "login_page_bench");
    TestHub hub;
    if (!hub.ok()) {
        out << "the hub did not start\n";
        return 1;
    }
    const OAuthClient &client = hub.hub().oauthClient(OAuthClient::Endpoint::Legacy);
    QUrl url(hub.hub().baseUrl() + u"/oauth/authorize"_s);
    url.setQuery(u"response_type=code&client_id=%1&redirect_uri=%2&state=bench-state&scope=openid"
                 "&code_challenge=%3&code_challenge_method=S256"_s.arg(
                     QString::fromLatin1(QUrl::toPercentEncoding(client.id)),
                     QString::fromLatin1(QUrl::toPercentEncoding(client.redirectUri)),
                     QString(43, u'a')));
    const QByteArray path = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    OAuthProvider &provider = hub.hub().oauth();
    const qint64 pid = QCoreApplication::applicationPid();

    const qint64 startKb = residentKb(pid);
    Visits one;
    one.run(hub.hub().port(), path, 3000, 32, [](int) { return QHostAddress(u"127.0.0.2"_s); });
    const int openAfterOne = provider.openTransactions();
    const qint64 afterOneKb = residentKb(pid);
    Visits many;
    many.run(hub.hub().port(), path, 15000, 32, [](int n) {
        const int address = n % 600;
        return QHostAddress(u"127.0.%1.%2"_s.arg(1 + address / 250).arg(address % 250));
    });
    const int openAfterMany = provider.openTransactions();
    const qint64 afterManyKb = residentKb(pid);

    out << "login page visits (32 in flight; caps: 20 open per address, 10,000 in all)\n";
    out << "one address, 3,000 visits: " << answers(one.byStatus) << "; open afterwards "
        << openAfterOne << "; resident set " << startKb / 1024 << " → " << afterOneKb / 1024
        << " MiB\n";
    out << "600 addresses, 15,000 visits: " << answers(many.byStatus) << "; open afterwards "
        << openAfterMany << "; resident set " << afterOneKb / 1024 << " → " << afterManyKb / 1024
        << " MiB ("
        << QString::number(
               double(afterManyKb - afterOneKb) / std::max(1, openAfterMany - openAfterOne), 'f', 2)
        << " KiB per open transaction)\n";
    out.flush();
    return one.byStatus.count(0) || many.byStatus.count(0) ? 1 : 0;
}
