#include "settings/AddressCheck.h"

#include "transport/ServerEndpoint.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Signet::Ui {

using namespace Qt::StringLiterals;

QString addressProblem(const QString &text, bool required)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return required ? QCoreApplication::translate("AddressCheck", "Enter an address.")
                        : QString();
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "https"_L1 && scheme != "http"_L1))
        return QCoreApplication::translate("AddressCheck",
                                           "“%1” is not an address like https://host.example.com")
            .arg(trimmed);
    ServerEndpoint where;
    where.baseUrl = url;
    if (scheme == "http"_L1 && !where.isLoopback())
        return QCoreApplication::translate(
                   "AddressCheck",
                   "Use https:// for %1 — unencrypted connections are only allowed to this "
                   "computer.")
            .arg(url.host());
    return {};
}

QString hostProblem(const QString &host)
{
    static const QRegularExpression name(
        u"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"_s);
    if (!name.match(host).hasMatch())
        return QCoreApplication::translate("AddressCheck", "“%1” is not a host name.").arg(host);
    return {};
}

} // namespace Signet::Ui
