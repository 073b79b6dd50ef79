#pragma once

#include "store/Store.h"

namespace Signet::Hub {

// What a customer sees of their other conversations, by ARCHITECTURE.md's cross-channel rules
// (agents and supervisors see all of a verified identity's history; customers much less):
//  * an authenticated Apple Messages session shows the same identity's earlier authenticated Apple
//    sessions — and nothing from other channels;
//  * a web chat in which the customer authenticates during an authenticated Apple session shows
//    that Apple conversation, and the agent's replies in web chat also reach Apple Messages, until
//    the Apple sign-in expires (the bridge);
//  * otherwise, no Apple history in any other channel.
class CustomerVisibility
{
public:
    struct Visible
    {
        IdentityLink link;
        bool bridged = false; // the live Apple conversation a web chat is bridged to
    };

    explicit CustomerVisibility(const Store &store)
        : m_store(store)
    {}

    QList<Visible> visibleFrom(const QString &convId, qint64 now) const;
    // The Apple conversation a web conversation's agent replies also go to, while the bridge holds.
    std::optional<QString> bridgedApple(const QString &webConvId, qint64 now) const;

private:
    const Store &m_store;
};

} // namespace Signet::Hub
