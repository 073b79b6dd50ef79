#pragma once

#include "auth/AppleAuthRequest.h"

namespace Signet::Test {

inline const QString kAcmeImage = QStringLiteral("https://images.acme.example/signin.png");

// The sign-in request the golden files (tests/data/auth/request-*.json) describe.
inline Auth::AuthRequestDraft acmeDraft(Auth::BubbleStyle style = Auth::BubbleStyle::Icon)
{
    Auth::AuthRequestDraft d;
    d.received = {QStringLiteral("Sign in to Acme"),
                  QStringLiteral("Verify it's you to see your orders"), kAcmeImage, style};
    d.reply = {QStringLiteral("You're signed in"), QStringLiteral("Thanks for verifying"),
               kAcmeImage, style};
    return d;
}

} // namespace Signet::Test
