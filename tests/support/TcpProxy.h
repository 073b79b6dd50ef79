#pragma once

// A TCP relay between a client and a server on this machine, for tests of dead connections:
// freeze() makes every connection open now go silent both ways (bytes are read and dropped, as a
// cut cable or a sleeping router would), while connections made afterwards flow normally.
// stall() makes every connection open now stop reading what the server sends (a client that does
// not keep up): the server's side fills up.
// cutMidFrame() cuts every connection open now in the middle of what it carries next: half of the
// next chunk (either way) goes through, then both sides are aborted; a connection that carries
// nothing within 200 ms is aborted then.
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

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

    void cutMidFrame()
    {
        for (Pair &pair : m_pairs) {
            if (pair.client)
                pair.cutting = true;
        }
        QTimer::singleShot(200, this, [this] {
            for (Pair &pair : m_pairs) {
                if (pair.cutting && pair.client) {
                    ++m_cutIdle;
                    abort(pair);
                }
            }
        });
    }
    // Connections cut in the middle of a chunk, and connections cut while idle.
    int cutMidChunk() const { return m_cutMidChunk; }
    int cutIdle() const { return m_cutIdle; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        bool frozen = false;
        bool stalled = false;
        bool cutting = false;
    };

    static void abort(Pair &pair)
    {
        pair.cutting = false;
        if (pair.server)
            pair.server->abort();
        if (pair.client)
            pair.client->abort();
    }

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *server = new QTcpSocket(client);
            m_pairs.append(Pair{client, server, false, false, false});
            const qsizetype index = m_pairs.size() - 1;
            auto relay = [this, index](QTcpSocket *from, QTcpSocket *to) {
                if (m_pairs.at(index).stalled && from == m_pairs.at(index).server)
                    return; // left unread
                // Bytes for a side that is not connected (yet, or any more) wait in from.
                if (!to || to->state() != QAbstractSocket::ConnectedState)
                    return;
                const QByteArray bytes = from->readAll();
                if (m_pairs.at(index).cutting && !bytes.isEmpty()) {
                    to->write(bytes.left(std::max<qsizetype>(1, bytes.size() / 2)));
                    to->flush();
                    ++m_cutMidChunk;
                    abort(m_pairs[index]);
                    return;
                }
                if (!m_pairs.at(index).frozen)
                    to->write(bytes);
            };
            QObject::connect(client, &QTcpSocket::readyRead, this,
                             [client, server, relay] { relay(client, server); });
            QObject::connect(server, &QTcpSocket::readyRead, this,
                             [client, server, relay] { relay(server, client); });
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(server, &QTcpSocket::disconnected, client,
                             [client] { client->disconnectFromHost(); });
            // Nothing listens behind the relay (the server is down): the client hears it at once,
            // as it would without the relay, instead of waiting on a connection going nowhere.
            QObject::connect(server, &QTcpSocket::errorOccurred, client,
                             [client, server](QAbstractSocket::SocketError) {
                                 if (server->state() != QAbstractSocket::ConnectedState)
                                     client->abort();
                             });
            // Bytes the client sends before the server side is up wait in the client socket.
            QObject::connect(server, &QTcpSocket::connected, this,
                             [client, server, relay] { relay(client, server); });
            server->connectToHost(QHostAddress::LocalHost, m_targetPort);
        }
    }

    quint16 m_targetPort;
    QTcpServer m_server;
    QList<Pair> m_pairs;
    int m_cutMidChunk = 0;
    int m_cutIdle = 0;
};

} // namespace Signet::Test
