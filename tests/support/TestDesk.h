#pragma once

// A desk core logged in to a TestHub as one user: its connection and session, and a wait for the
// connection to be online. Tests add the requests they exercise.
#include "Await.h"
#include "TestHub.h"
#include "conversation/DeskSession.h"

namespace Signet::Test {

struct TestDesk
{
    std::unique_ptr<AgentConnection> connection;
    std::unique_ptr<DeskSession> session;

    TestDesk(TestHub &hub, const QString &user)
        : connection(hub.connect(user, kPassword))
        , session(std::make_unique<DeskSession>(connection.get()))
    {}

    bool online(int timeoutMs = 15000)
    {
        return spinUntil([&] { return connection->state() == AgentConnection::State::Online; },
                         timeoutMs);
    }
};

} // namespace Signet::Test
