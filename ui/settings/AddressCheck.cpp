#include "settings/AddressCheck.h"

#include "auth/AppleAuthRequest.h"
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

QString liveAccountProblem(const QString &domain, const QString &account)
{
    static const QRegularExpression accountShape(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    if (account.trimmed().isEmpty())
        return QCoreApplication::translate("AddressCheck", "Enter the account ID.");
    if (!accountShape.match(account.trimmed()).hasMatch())
        return QCoreApplication::translate(
            "AddressCheck", "The account ID is letters, digits, '.', '-' or '_' (LivePerson's "
                            "are digits, like 12345678).");
    if (domain.trimmed().isEmpty())
        return QCoreApplication::translate(
            "AddressCheck",
            "Enter the discovery domain (for LivePerson, adminlogin.liveperson.net).");
    if (!ServerEndpoint::discoveryUrl(domain).isValid())
        return QCoreApplication::translate(
            "AddressCheck", "The discovery domain is a host name, with a port if needed: "
                            "adminlogin.liveperson.net or hub.example.com:8443");
    return {};
}

QString hostProblem(const QString &host)
{
    if (!Auth::AppleAuthRequest::isImageHostName(host))
        return QCoreApplication::translate("AddressCheck", "“%1” is not a host name.").arg(host);
    return {};
}

} // namespace Signet::Ui
