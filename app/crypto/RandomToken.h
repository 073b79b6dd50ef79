#pragma once

#include <QString>

namespace Signet::Crypto {

// An unguessable token from OpenSSL's CSPRNG, Base64url without padding: bearers, OAuth codes and
// states, client secrets, page keys, the demo agent's password. Aborts if the generator fails —
// a predictable token is never an acceptable fallback.
QString randomToken(int bytes);

} // namespace Signet::Crypto
