#include "routing/HubPeers.h"

#include "logging/Logging.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QUuid>

namespace Signet::Hub {

using namespace Qt::StringLiterals;

HubPeers::HubPeers(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_hubId(QUuid::createUuid().toString(QUuid::Id128).left(16))
{
    connect(&m_pingTimer, &QTimer::timeout, this, &HubPeers::ping);
}

HubPeers::~HubPeers()
{
    closeListener();
}

Status HubPeers::start(int pingIntervalMs)
{
    if (m_store.backend() != Store::Backend::Postgres)
        return Done{};
    if (Status listening = listen(); !listening)
        return listening;
    m_pingTimer.start(pingIntervalMs);
    return Done{};
}

Status HubPeers::listen()
{
    Result<QString> opened = m_store.openAnotherConnection();
    if (!opened)
        return fail(opened.error());
    m_connection = opened.value();
    QSqlDriver *driver = QSqlDatabase::database(m_connection, false).driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(kChannel))) {
        closeListener();
        return fail(
            u"Cannot listen for the other hubs (LISTEN %1)."_s.arg(QString::fromLatin1(kChannel)));
    }
    connect(driver,
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                &QSqlDriver::notification),
            this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                onNotification(name, payload);
            });
    m_pingsHeard = m_pingsSent;
    return Done{};
}

void HubPeers::closeListener()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen()) {
            database.driver()->disconnect(this);
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

Status HubPeers::announce(const QString &kind, QJsonObject notice)
{
    if (!isActive())
        return Done{};
    notice.insert("hub"_L1, m_hubId);
    notice.insert("kind"_L1, kind);
    const QString payload = QString::fromUtf8(QJsonDocument(notice).toJson(QJsonDocument::Compact));
    Status sent = m_store.notifyPeers(QString::fromLatin1(kChannel), payload);
    if (!sent)
        qCWarning(lcHub) << "the other hubs were not told of" << kind << ":" << sent.error();
    return sent;
}

void HubPeers::onNotification(const QString &name, const QVariant &payload)
{
    if (name != QLatin1StringView(kChannel))
        return;
    const QJsonObject notice = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (notice.value("hub"_L1).toString() == m_hubId) {
        if (notice.value("kind"_L1).toString() == "ping"_L1)
            m_pingsHeard = std::max<qint64>(m_pingsHeard, notice.value("n"_L1).toInteger());
        return;
    }
    if (notice.value("kind"_L1).toString() == "ping"_L1 || notice.value("kind"_L1).isUndefined())
        return;
    emit noticeReceived(notice);
}

void HubPeers::ping()
{
    if (m_pingsHeard < m_pingsSent) {
        // The last ping did not come back: the listening connection is gone (a database restart,
        // a network cut). Listen again; whatever was said meanwhile is for the hub to catch up.
        qCWarning(lcHub) << "lost the other hubs' notices; listening again";
        closeListener();
        if (Status listening = listen(); !listening) {
            qCWarning(lcHub) << "cannot listen for the other hubs yet:" << listening.error();
            return; // the next tick tries again
        }
        emit resynchronise();
    }
    // Counted only once the database took it: a ping that could not be sent (the hub's own
    // connection is down) says nothing about the listening one.
    if (announce(u"ping"_s, QJsonObject{{"n"_L1, m_pingsSent + 1}}))
        ++m_pingsSent;
    emit heartbeat();
}

} // namespace Signet::Hub
