// Token decryptions per second, next to the ECDH that bounds them: each token costs one P-384
// ECDH (the physical limit), plus point validation, the X9.63 KDF and AES-GCM. ./dev.sh bench runs
// this beside `openssl speed ecdhp384` and reports the ratio in docs/benchmarks.md.
#include "crypto/AppleTokenCipher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdlib>

using namespace Signet::Crypto;

namespace {
template<typename Work> double perSecond(Work work, double seconds)
{
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    while (timer.nsecsElapsed() < static_cast<qint64>(seconds * 1e9)) {
        for (int i = 0; i < 16; ++i)
            work();
        count += 16;
    }
    return static_cast<double>(count) / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
    QTextStream out(stdout);
    for (Curve curve : {Curve::P384, Curve::P256}) {
        auto key = EcKeyPair::generate(curve);
        // A typical access token: ~1 KB (a signed JWT).
        const QByteArray plaintext(1024, 't');
        const QByteArray token =
            AppleTokenCipher::encrypt(key->publicKeyBase64(), plaintext).value();
        const QByteArray ephemeral =
            QByteArray::fromBase64(token).left(static_cast<qsizetype>(pointSize(curve)));
        if (!AppleTokenCipher::decrypt(key.value(), token).ok())
            return 1;
        const double decrypts = perSecond(
            [&] {
                if (!AppleTokenCipher::decrypt(key.value(), token).ok())
                    std::abort();
            },
            seconds);
        const double ecdh = perSecond(
            [&] {
                if (AppleTokenCipher::sharedSecret(key.value(), ephemeral).isEmpty())
                    std::abort();
            },
            seconds);
        const double encrypts = perSecond(
            [&] {
                if (!AppleTokenCipher::encrypt(key->publicKeyBase64(), plaintext).ok())
                    std::abort();
            },
            seconds);
        out << curveName(curve) << " decrypt_per_s " << qRound64(decrypts) << " ecdh_per_s "
            << qRound64(ecdh) << " encrypt_per_s " << qRound64(encrypts) << '\n';
    }
    return 0;
}
