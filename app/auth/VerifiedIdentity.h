#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Signet::Auth {

// Who the customer proved to be, as the identity provider confirmed it. Never holds the token.
struct VerifiedIdentity
{
    QString issuer;
    QString subject;
    QString name;
    QString email;
    QJsonObject claims; // display claims (membership tier, …)
    QDateTime verifiedAt;
    QDateTime expiresAt; // invalid when the provider did not say
    // The provider's signed statement about the token (an RFC 9701 introspection JWT), when it
    // gives one: what the desk hands the hub as proof, since the token itself never leaves the
    // desk. Not kept (toJson leaves it out).
    QString proof;

    bool isValid() const { return !subject.isEmpty(); }
    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
    QJsonObject toJson() const;
    static VerifiedIdentity fromJson(const QJsonObject &json);
    // An identity as the hub records it on a conversation (times in ms since the epoch; when it
    // was checked is verifiedAt, else when it was reported).
    static VerifiedIdentity fromHubRecord(const QJsonObject &record);
};

// A ConnectorAuthenticationResponse as it arrives in a consumer event's metadata (PROTOCOL.md §3).
struct AuthResponse
{
    QString requestIdentifier;
    bool status = false;
    bool encrypted = true;
    QString token;      // Base64, success only
    QStringList errors; // failure messages
    // Set when the response is malformed (a field of the wrong type, a token sent unencrypted):
    // such an answer is never decrypted or trusted.
    QString problem;
    // The response in the metadata, if any.
    static std::optional<AuthResponse> find(const QJsonArray &metadata);
};

} // namespace Signet::Auth
