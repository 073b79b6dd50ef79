#pragma once

#include "HubServer.h"
#include "transport/AgentConnection.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Signet::Test {

// An in-process signet-hub on 127.0.0.1:0 with a throwaway database, and helpers to log agents in.
class TestHub
{
public:
    explicit TestHub(bool demo = false, double demoTimeScale = 0.01,
                     std::optional<Hub::HubTls> tls = std::nullopt);
    // A hub with options of the test's choosing (the address and port stay the test's; so does the
    // database unless the options name one, e.g. another TestHub's databasePath()):
    // TestHub hub(TestHub::Configure([](Hub::HubOptions &o) { … }));
    using Configure = std::function<void(Hub::HubOptions &)>;
    explicit TestHub(const Configure &configure);
    ~TestHub();

    Hub::HubServer &hub() { return *m_hub; }
    bool ok() const { return m_started; }
    QString error() const { return m_error; }
    QString databasePath() const;

    // Creates an agent (or supervisor) with a password; returns false on failure.
    bool addUser(const QString &name, const QString &password,
                 const QString &role = QStringLiteral("agent"));
    ServerEndpoint endpoint(const QString &user) const;
    // What a raw client does: log in over HTTP (the bearer; empty on failure), and the agent
    // WebSocket's address for a bearer.
    QString loginBearer(const QString &user, const QString &password);
    QUrl webSocketUrl(const QString &bearer) const;
    // A connection with fast reconnects, opened for user.
    std::unique_ptr<AgentConnection> connect(const QString &user, const QString &password);
    // Starts a conversation from a scripted consumer; returns the conversation id.
    QString startCustomer(const QString &consumerId, const QString &firstName, const QString &text,
                          const QString &osVersion = QStringLiteral("17.4"));
    // Stops the hub and starts another on the same database and port (a hub restart); or each half
    // on its own, for a hub that stays down a while (hub() is invalid in between).
    bool restart();
    void stop();
    bool start();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Hub::HubServer> m_hub;
    Hub::HubOptions m_options;
    bool m_started = false;
    QString m_error;
};

// Fast PBKDF2 is not an option (the hub always hashes properly), so tests reuse passwords.
inline const QString kPassword = QStringLiteral("correct horse battery");

} // namespace Signet::Test
