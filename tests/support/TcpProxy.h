#pragma once

// A TCP relay between a client and a server on this machine, for tests of dead connections:
// freeze() makes every connection open now go silent both ways (bytes are read and dropped, as a
// cut cable or a sleeping router would), while connections made afterwards flow normally.
// stall() makes every connection open now stop reading what the server sends (a client that does
// not keep up): the server's side fills up.
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Signet::Test {

class TcpProxy : public QObject
{
public:
    explicit TcpProxy(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }

    void freeze()
    {
        for (Pair &pair : m_pairs)
            pair.frozen = true;
    }

    void stall()
    {
        for (Pair &pair : m_pairs) {
            pair.stalled = true;
            if (pair.server)
                pair.server->setReadBufferSize(64 * 1024); // then the kernel's buffers fill
        }
    }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        bool frozen = false;
        bool stalled = false;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *server = new QTcpSocket(client);
            m_pairs.append(Pair{client, server, false, false});
            const qsizetype index = m_pairs.size() - 1;
            auto relay = [this, index](QTcpSocket *from, QTcpSocket *to) {
                if (m_pairs.at(index).stalled && from == m_pairs.at(index).server)
                    return; // left unread
                const QByteArray bytes = from->readAll();
                if (!m_pairs.at(index).frozen && to)
                    to->write(bytes);
            };
            QObject::connect(client, &QTcpSocket::readyRead, this,
                             [client, server, relay] { relay(client, server); });
            QObject::connect(server, &QTcpSocket::readyRead, this,
                             [client, server, relay] { relay(server, client); });
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(server, &QTcpSocket::disconnected, client,
                             [client] { client->disconnectFromHost(); });
            // Bytes the client sends before the server side is up wait in the client socket.
            QObject::connect(server, &QTcpSocket::connected, this,
                             [client, server, relay] { relay(client, server); });
            server->connectToHost(QHostAddress::LocalHost, m_targetPort);
        }
    }

    quint16 m_targetPort;
    QTcpServer m_server;
    QList<Pair> m_pairs;
};

} // namespace Signet::Test
