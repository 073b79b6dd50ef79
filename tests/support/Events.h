#pragma once

// Events as a desk (or a test acting as one) writes them.
#include "protocol/Values.h"

namespace Signet::Test {

// A text message to the customer, or (agentsOnly) a private note.
inline Protocol::Event textEvent(const QString &message, bool agentsOnly = false)
{
    Protocol::Event e;
    e.message = message;
    e.agentsOnly = agentsOnly;
    return e;
}

// A read receipt for one sequence.
inline Protocol::Event readReceipt(qint64 sequence)
{
    Protocol::Event e;
    e.type = Protocol::Event::Type::AcceptStatus;
    e.status = QStringLiteral("READ");
    e.sequenceList = {sequence};
    return e;
}

} // namespace Signet::Test
