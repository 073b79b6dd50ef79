#pragma once

#include "protocol/Values.h"

#include <QCoreApplication>

namespace Signet::Auth {

// Whether the customer's device can be asked to sign in, and if not, why — in words an agent
// can act on. Apple authentication needs Apple Messages for Business on iOS 12 or later; the hub
// also states it as the engagement attribute "Apple Authentication (not) supported".
struct SignInCapability
{
    bool supported = false;
    QString reason; // why not (empty when supported)
};

class SignInCapabilities
{
    Q_DECLARE_TR_FUNCTIONS(Signet::Auth::SignInCapabilities)
public:
    static SignInCapability evaluate(const Protocol::ConversationContext &context);
    // "17.4" → 17; 0 when unknown.
    static int majorVersion(const QString &osVersion);
};

} // namespace Signet::Auth
