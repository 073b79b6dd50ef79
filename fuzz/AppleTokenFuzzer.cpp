// libFuzzer target: the token decoder and decryptor. Input is taken both as the Base64 text a
// ConnectorAuthenticationResponse carries and as raw token bytes (Base64-encoded here), so the
// fuzzer reaches the point, ECDH, KDF and GCM layers, not only the Base64 parser.
#include "crypto/AppleTokenCipher.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Signet::Crypto;

namespace {
const EcKeyPair &key384()
{
    // A fixed key (the first P-384 vector's) so seeds made for it decrypt.
    static const EcKeyPair key = [] {
        auto r = EcKeyPair::fromPrivateScalarBase64(Curve::P384, FUZZ_P384_SCALAR);
        if (!r)
            std::abort();
        return std::move(r).value();
    }();
    return key;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto asText = AppleTokenCipher::decrypt(key384(), input);
    const auto asRaw = AppleTokenCipher::decrypt(key384(), input.toByteArray().toBase64());
    // Invariants: a failure always says why; a success is never empty.
    if ((!asText.ok() && asText.error().isEmpty()) || (!asRaw.ok() && asRaw.error().isEmpty()))
        std::abort();
    if ((asText.ok() && asText->isEmpty()) || (asRaw.ok() && asRaw->isEmpty()))
        std::abort();
    return 0;
}
