#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Signet::Auth {

// Apple's bubble styles for the authentication message (PROTOCOL.md §2).
enum class BubbleStyle { Icon, Small, Large };
QString styleName(BubbleStyle style); // "icon", "small", "large"
std::optional<BubbleStyle> styleFromName(const QString &name);

// One side of the sign-in request as the customer's iPhone shows it.
struct Bubble
{
    QString title;
    QString subtitle;
    QString imageUrl;
    BubbleStyle style = BubbleStyle::Icon;
};

// The stored form of a bubble (settings presets, the tracker's file): every field, always present.
QJsonObject toStoredJson(const Bubble &bubble);
Bubble bubbleFromStoredJson(const QJsonObject &json);

struct AuthRequestDraft
{
    Bubble received; // what the customer sees before signing in
    Bubble reply;    // the bubble that replaces it once they have signed in
};

// A problem with one field of the draft, in words the agent can act on.
struct DraftIssue
{
    enum class Field {
        ReceivedTitle,
        ReceivedSubtitle,
        ReceivedImage,
        ReplyTitle,
        ReplySubtitle,
        ReplyImage
    };
    Field field;
    QString message;
};

// The parsed ConnectorAuthenticationRequest, as the hub reads it.
struct AuthRequestMetadata
{
    AuthRequestDraft draft;
    QString requestIdentifier;
    QString responseEncryptionKey;
};

// Builds and checks Apple authentication requests: the request-level metadata
// [BusinessChatMessage, ConnectorAuthenticationRequest] and the agent-side body template. Shared
// by the desk (which builds) and the hub (which parses and checks what it receives).
class AppleAuthRequest
{
    Q_DECLARE_TR_FUNCTIONS(Signet::Auth::AppleAuthRequest)
public:
    static constexpr int kMaxTitle = 512;
    static constexpr int kMaxSubtitle = 1024;

    // Every rule: titles required, lengths, https image URLs on the allow-list (an entry allows its
    // host and its subdomains; an empty list allows no image). Without an allow-list, only the
    // https rule applies to images. The hub checks with the team's list, the desk with the list
    // the hub told it.
    static QList<DraftIssue> validate(const AuthRequestDraft &draft,
                                      const std::optional<QStringList> &allowedImageHosts);
    static bool isImageHostAllowed(const QString &host, const QStringList &allowedImageHosts);
    // Whether an image URL may be fetched at all: a valid https address on the allow-list. The
    // desk asks this before any network access (no DNS lookup, no connection otherwise).
    static bool isImageUrlAllowed(const QString &url, const QStringList &allowedImageHosts);
    // An entry of an image allow-list: a host name ("images.example.com"), which also allows its
    // subdomains.
    static bool isImageHostName(const QString &host);

    static QJsonArray metadata(const AuthRequestDraft &draft, const QString &requestIdentifier,
                               const QString &responseEncryptionKey);
    // How the request looks in the agent's transcript: image and text side by side.
    static QJsonObject bodyTemplate(const AuthRequestDraft &draft);

    // Finds and checks a ConnectorAuthenticationRequest in request metadata. Empty optional when
    // the metadata has none; an error when it has a malformed one.
    static std::optional<Result<AuthRequestMetadata>> parse(const QJsonArray &metadata);
};

} // namespace Signet::Auth
