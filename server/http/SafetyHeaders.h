#pragma once

class QHttpServerResponse;

namespace Signet::Hub {

// The headers every answer of the hub carries: not to be framed (clickjacking the login page),
// sniffed, cached or referred on (login and customer page addresses carry states and keys); HTML
// pages may run only their own script and talk only to this hub; under TLS (tls), browsers are
// told to stay on https. QHttpServer adds them to routes' answers (afterRequest); answers written
// later through a responder get them here.
QHttpServerResponse withSafetyHeaders(QHttpServerResponse &&response, bool tls);

} // namespace Signet::Hub
