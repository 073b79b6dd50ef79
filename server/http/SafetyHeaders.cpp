#include "http/SafetyHeaders.h"

#include "channels/apple/CustomerPage.h"

#include <QHttpServerResponse>

namespace Signet::Hub {

QHttpServerResponse withSafetyHeaders(QHttpServerResponse &&response, bool tls)
{
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (!response.hasHeader("Cache-Control"))
        response.setHeader("Cache-Control", "no-store");
    QByteArray policy("default-src 'none'; frame-ancestors 'none'");
    if (response.mimeType().startsWith("text/html")) {
        policy += "; script-src ";
        policy += CustomerPage::scriptSource();
        policy += "; style-src 'unsafe-inline'; img-src 'self' https: data:; "
                  "connect-src 'self'; base-uri 'none'";
    }
    response.setHeader("Content-Security-Policy", policy);
    if (tls)
        response.setHeader("Strict-Transport-Security", "max-age=31536000");
    return std::move(response);
}

} // namespace Signet::Hub
