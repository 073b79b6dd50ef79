#include "channels/CustomerVisibility.h"

namespace Signet::Hub {

using Protocol::ChannelType;
using Protocol::ConversationState;

QList<CustomerVisibility::Visible> CustomerVisibility::visibleFrom(const QString &convId,
                                                                   qint64 now) const
{
    QList<Visible> out;
    const std::optional<IdentityLink> self = m_store.identityLinkOf(convId);
    // Not signed in here, or no longer: the customer sees this conversation only.
    if (!self || !self->validAt(now))
        return out;
    const QList<IdentityLink> links = m_store.identityLinks(self->issuer, self->subject);
    if (self->channel == ChannelType::AppleMessages) {
        for (const IdentityLink &l : links) {
            if (l.conversationId != convId && l.channel == ChannelType::AppleMessages &&
                l.startTs < self->startTs)
                out.append({l, false});
        }
        return out;
    }
    if (self->channel == ChannelType::WebChat) {
        for (const IdentityLink &l : links) {
            // Signed in on the web while the Apple session was authenticated, and it still is.
            const bool during = l.verifiedTs <= self->verifiedTs && l.validAt(self->verifiedTs);
            if (l.channel == ChannelType::AppleMessages && l.state == ConversationState::Open &&
                during && l.validAt(now))
                out.append({l, true});
        }
    }
    return out;
}

std::optional<QString> CustomerVisibility::bridgedApple(const QString &webConvId, qint64 now) const
{
    for (const Visible &v : visibleFrom(webConvId, now)) {
        if (v.bridged)
            return v.link.conversationId;
    }
    return std::nullopt;
}

} // namespace Signet::Hub
