#include "auth/AppleAuthRequest.h"

#include <QRegularExpression>
#include <QUrl>

namespace Signet::Auth {

using namespace Qt::StringLiterals;

namespace {
const auto kBusinessChatMessage = "BusinessChatMessage"_L1;
const auto kConnectorAuthenticationRequest = "ConnectorAuthenticationRequest"_L1;

QJsonObject bubbleJson(const Bubble &b)
{
    QJsonObject o{{"title"_L1, b.title.trimmed()}, {"style"_L1, styleName(b.style)}};
    if (!b.subtitle.trimmed().isEmpty())
        o.insert("subtitle"_L1, b.subtitle.trimmed());
    if (!b.imageUrl.trimmed().isEmpty())
        o.insert("imageURL"_L1, b.imageUrl.trimmed());
    return o;
}

std::optional<Bubble> bubbleFrom(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    // Read the way bubbleJson() writes: surrounding whitespace is not part of a title or a URL (so
    // the hub checks, and the customer sees, exactly what a desk would have built).
    Bubble b;
    b.title = o.value("title"_L1).toString().trimmed();
    b.subtitle = o.value("subtitle"_L1).toString().trimmed();
    b.imageUrl = o.value("imageURL"_L1).toString().trimmed();
    const std::optional<BubbleStyle> style = styleFromName(o.value("style"_L1).toString(u"icon"_s));
    if (!style)
        return std::nullopt;
    b.style = *style;
    return b;
}
} // namespace

QString styleName(BubbleStyle style)
{
    switch (style) {
    case BubbleStyle::Icon:
        return u"icon"_s;
    case BubbleStyle::Small:
        return u"small"_s;
    case BubbleStyle::Large:
        return u"large"_s;
    }
    return u"icon"_s;
}

std::optional<BubbleStyle> styleFromName(const QString &name)
{
    if (name == "icon"_L1)
        return BubbleStyle::Icon;
    if (name == "small"_L1)
        return BubbleStyle::Small;
    if (name == "large"_L1)
        return BubbleStyle::Large;
    return std::nullopt;
}

QJsonObject toStoredJson(const Bubble &b)
{
    return {{"title"_L1, b.title},
            {"subtitle"_L1, b.subtitle},
            {"imageURL"_L1, b.imageUrl},
            {"style"_L1, styleName(b.style)}};
}

Bubble bubbleFromStoredJson(const QJsonObject &o)
{
    return {o.value("title"_L1).toString(), o.value("subtitle"_L1).toString(),
            o.value("imageURL"_L1).toString(),
            styleFromName(o.value("style"_L1).toString()).value_or(BubbleStyle::Icon)};
}

bool AppleAuthRequest::isImageHostAllowed(const QString &host, const QStringList &allowedImageHosts)
{
    const QString h = host.toLower();
    for (QString allowed : allowedImageHosts) {
        allowed = allowed.trimmed().toLower();
        if (allowed.startsWith("*."_L1))
            allowed = allowed.mid(2);
        if (!allowed.isEmpty() && (h == allowed || h.endsWith(u'.' + allowed)))
            return true;
    }
    return false;
}

bool AppleAuthRequest::isImageUrlAllowed(const QString &url, const QStringList &allowedImageHosts)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    return parsed.isValid() && parsed.scheme() == "https"_L1 && !parsed.host().isEmpty() &&
           isImageHostAllowed(parsed.host(), allowedImageHosts);
}

bool AppleAuthRequest::isImageHostName(const QString &host)
{
    static const QRegularExpression name(
        u"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"_s);
    return name.match(host).hasMatch();
}

QList<DraftIssue> AppleAuthRequest::validate(const AuthRequestDraft &draft,
                                             const std::optional<QStringList> &allowedImageHosts)
{
    using Field = DraftIssue::Field;
    QList<DraftIssue> issues;
    auto check = [&](const Bubble &b, Field title, Field subtitle, Field image,
                     const QString &which) {
        if (b.title.trimmed().isEmpty())
            issues.append({title, tr("The %1 bubble needs a title.").arg(which)});
        else if (b.title.size() > kMaxTitle)
            issues.append(
                {title,
                 tr("The %1 title is longer than %2 characters.").arg(which).arg(kMaxTitle)});
        if (b.subtitle.size() > kMaxSubtitle)
            issues.append(
                {subtitle,
                 tr("The %1 subtitle is longer than %2 characters.").arg(which).arg(kMaxSubtitle)});
        const QString url = b.imageUrl.trimmed();
        if (url.isEmpty()) {
            // The large bubble is built around its 263×150 image.
            if (b.style == BubbleStyle::Large && image == Field::ReceivedImage)
                issues.append(
                    {image,
                     tr("The large style shows a 263×150 image on top: add an image URL or choose "
                        "icon or small.")});
            return;
        }
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            issues.append({image, tr("The %1 image URL is not a valid address.").arg(which)});
        else if (parsed.scheme() != "https"_L1)
            issues.append({image, tr("The %1 image must be served over https.").arg(which)});
        else if (allowedImageHosts && !isImageHostAllowed(parsed.host(), *allowedImageHosts))
            issues.append(
                {image, tr("%1 is not on the team's image allow-list.").arg(parsed.host())});
    };
    check(draft.received, Field::ReceivedTitle, Field::ReceivedSubtitle, Field::ReceivedImage,
          tr("received"));
    check(draft.reply, Field::ReplyTitle, Field::ReplySubtitle, Field::ReplyImage, tr("reply"));
    return issues;
}

QJsonArray AppleAuthRequest::metadata(const AuthRequestDraft &draft,
                                      const QString &requestIdentifier,
                                      const QString &responseEncryptionKey)
{
    return QJsonArray{
        QJsonObject{{"type"_L1, kBusinessChatMessage},
                    {"receivedMessage"_L1, bubbleJson(draft.received)},
                    {"replyMessage"_L1, bubbleJson(draft.reply)}},
        QJsonObject{{"type"_L1, kConnectorAuthenticationRequest},
                    {"requestIdentifier"_L1, requestIdentifier},
                    {"apple"_L1, QJsonObject{{"oauth2"_L1, QJsonObject{{"responseEncryptionKey"_L1,
                                                                        responseEncryptionKey}}}}}},
    };
}

QJsonObject AppleAuthRequest::bodyTemplate(const AuthRequestDraft &draft)
{
    const Bubble &b = draft.received;
    QJsonArray text{QJsonObject{{"type"_L1, "text"_L1},
                                {"text"_L1, b.title.trimmed()},
                                {"style"_L1, QJsonObject{{"bold"_L1, true}}}}};
    if (!b.subtitle.trimmed().isEmpty())
        text.append(QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, b.subtitle.trimmed()}});
    QJsonArray elements;
    if (!b.imageUrl.trimmed().isEmpty())
        elements.append(QJsonObject{{"type"_L1, "image"_L1}, {"url"_L1, b.imageUrl.trimmed()}});
    elements.append(QJsonObject{{"type"_L1, "vertical"_L1}, {"elements"_L1, text}});
    return {{"type"_L1, "horizontal"_L1}, {"elements"_L1, elements}};
}

std::optional<Result<AuthRequestMetadata>> AppleAuthRequest::parse(const QJsonArray &metadata)
{
    const QJsonObject *bubbles = nullptr;
    const QJsonObject *request = nullptr;
    QList<QJsonObject> items;
    for (const QJsonValue &v : metadata)
        items.append(v.toObject());
    for (const QJsonObject &o : std::as_const(items)) {
        if (o.value("type"_L1).toString() == kBusinessChatMessage)
            bubbles = &o;
        else if (o.value("type"_L1).toString() == kConnectorAuthenticationRequest)
            request = &o;
    }
    if (!request)
        return std::nullopt;
    AuthRequestMetadata parsed;
    parsed.requestIdentifier = request->value("requestIdentifier"_L1).toString();
    parsed.responseEncryptionKey = request->value("apple"_L1)
                                       .toObject()
                                       .value("oauth2"_L1)
                                       .toObject()
                                       .value("responseEncryptionKey"_L1)
                                       .toString();
    if (parsed.requestIdentifier.trimmed().isEmpty())
        return Result<AuthRequestMetadata>(
            fail(tr("ConnectorAuthenticationRequest.requestIdentifier is missing.")));
    // A UUID in practice; an identifier longer than any real one is refused, not stored.
    if (parsed.requestIdentifier.size() > 128)
        return Result<AuthRequestMetadata>(fail(
            tr("ConnectorAuthenticationRequest.requestIdentifier is longer than 128 characters.")));
    if (parsed.responseEncryptionKey.isEmpty())
        return Result<AuthRequestMetadata>(fail(
            tr("ConnectorAuthenticationRequest.apple.oauth2.responseEncryptionKey is missing.")));
    if (!bubbles)
        return Result<AuthRequestMetadata>(
            fail(tr("A sign-in request needs its BusinessChatMessage metadata.")));
    const std::optional<Bubble> received = bubbleFrom(bubbles->value("receivedMessage"_L1));
    const std::optional<Bubble> reply = bubbleFrom(bubbles->value("replyMessage"_L1));
    if (!received || !reply)
        return Result<AuthRequestMetadata>(fail(
            tr("BusinessChatMessage needs receivedMessage and replyMessage with a known style.")));
    parsed.draft = {*received, *reply};
    return Result<AuthRequestMetadata>(parsed);
}

} // namespace Signet::Auth
