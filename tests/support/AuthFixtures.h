#pragma once

#include "auth/AppleAuthRequest.h"

#include <QJsonObject>

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

// A customer's encrypted answer to a sign-in request, as the metadata carries it (the token given
// as any JSON value, so tests can send what no device would).
inline QJsonObject authAnswer(const QString &requestId, const QJsonValue &token)
{
    return {{QLatin1StringView("type"), QLatin1StringView("ConnectorAuthenticationResponse")},
            {QLatin1StringView("encrypted"), true},
            {QLatin1StringView("status"), true},
            {QLatin1StringView("token"), token},
            {QLatin1StringView("requestIdentifier"), requestId}};
}

} // namespace Signet::Test
