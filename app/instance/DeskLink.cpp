#include "instance/DeskLink.h"

#include <QRegularExpression>

namespace Signet::DeskLink {

using namespace Qt::StringLiterals;

Result<QString> conversation(const QUrl &link)
{
    if (!link.isValid() || link.scheme() != "signet"_L1)
        return fail(QObject::tr("“%1” is not a signet:// link.").arg(link.toDisplayString()));
    if (link.host() != "conversation"_L1 || link.hasQuery() || link.hasFragment() ||
        !link.userInfo().isEmpty() || link.port() != -1)
        return fail(QObject::tr("Signet links look like signet://conversation/<id>."));
    QString id = link.path(QUrl::FullyDecoded);
    if (id.startsWith(u'/'))
        id.remove(0, 1);
    if (id.endsWith(u'/'))
        id.chop(1);
    static const QRegularExpression allowed(u"^[A-Za-z0-9._:-]{1,%1}$"_s.arg(kMaxIdLength));
    if (!allowed.match(id).hasMatch())
        return fail(QObject::tr("“%1” is not a conversation id.").arg(id.left(kMaxIdLength)));
    return id;
}

QUrl forConversation(const QString &convId)
{
    QUrl url;
    url.setScheme(u"signet"_s);
    url.setHost(u"conversation"_s);
    url.setPath(u"/"_s + convId);
    return url;
}

} // namespace Signet::DeskLink
