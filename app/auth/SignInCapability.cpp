#include "auth/SignInCapability.h"

namespace Signet::Auth {

using namespace Qt::StringLiterals;

namespace {
constexpr int kFirstIosWithSignIn = 12;
const auto kSupported = "Apple Authentication supported"_L1;
const auto kNotSupported = "Apple Authentication not supported"_L1;
} // namespace

int SignInCapabilities::majorVersion(const QString &osVersion)
{
    bool ok = false;
    const int major = osVersion.section(u'.', 0, 0).toInt(&ok);
    return ok ? major : 0;
}

SignInCapability SignInCapabilities::evaluate(const Protocol::ConversationContext &context)
{
    if (context.channel == Protocol::ChannelType::WebChat) {
        return {false, tr("Web chat visitors sign in with the Sign in button on their chat page.")};
    }
    if (context.channel != Protocol::ChannelType::AppleMessages) {
        return {false, tr("Sign-in requests need Apple Messages for Business; this customer is on "
                          "an unknown channel.")};
    }
    const QString version = context.clientProperties.osVersion;
    const int major = majorVersion(version);
    if (context.engagementAttributes.contains(kNotSupported) ||
        (major > 0 && major < kFirstIosWithSignIn)) {
        const QString device = version.isEmpty() ? tr("This device") : tr("iOS %1").arg(version);
        return {false,
                tr("%1 cannot sign in: Apple authentication needs iOS 12 or later.").arg(device)};
    }
    if (!context.engagementAttributes.contains(kSupported) && major == 0)
        return {false,
                tr("The device did not report its iOS version, so sign-in support is unknown.")};
    return {true, QString()};
}

} // namespace Signet::Auth
