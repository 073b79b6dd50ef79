#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace Signet::Hub {

class Store;

// The other signet-hubs on the same PostgreSQL database, reached through its LISTEN/NOTIFY: what
// one hub stores and tells its own desks (an event, a conversation's change, a typing state, a
// logout), it also announces; every other hub hears it on a connection of its own and tells its
// desks. On SQLite (one hub per database) it does nothing.
//
// A notice is small JSON with the hub's id and a kind; what it refers to is read from the store,
// which every hub shares, so a notice never carries a message's text. The listening connection is
// checked with a ping through the database every pingIntervalMs: when the hub does not hear its
// own ping back by the next one, the connection is opened again and resynchronise() tells the hub
// that notices may have been missed meanwhile.
class HubPeers : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kChannel = "signet_hub";

    HubPeers(Store &store, QObject *parent = nullptr);
    ~HubPeers() override;

    // Listens when the store is PostgreSQL; Done (and inactive) on SQLite.
    Status start(int pingIntervalMs = 5000);
    bool isActive() const { return !m_connection.isEmpty(); }
    // This hub's id: random for each run, so a restarted hub is a new peer.
    QString hubId() const { return m_hubId; }
    // Tells every other hub (kind, plus the fields of notice). A failure is logged and returned.
    Status announce(const QString &kind, QJsonObject notice = {});

signals:
    // Another hub's notice (with "kind" and its fields).
    void noticeReceived(const QJsonObject &notice);
    // The listening connection was lost and is back: notices may have been missed.
    void resynchronise();
    // Each ping interval, while active (the hub refreshes its presence then).
    void heartbeat();

private:
    Status listen();
    void closeListener();
    void onNotification(const QString &name, const QVariant &payload);
    void ping();

    Store &m_store;
    QString m_hubId;
    QString m_connection; // the listening connection's name; empty when inactive
    QTimer m_pingTimer;
    qint64 m_pingsSent = 0;
    qint64 m_pingsHeard = 0;
};

} // namespace Signet::Hub
