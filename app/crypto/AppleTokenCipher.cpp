#include "crypto/AppleTokenCipher.h"

#include "crypto/CryptoDetail.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <openssl/crypto.h>

namespace Signet::Crypto {

using namespace Qt::StringLiterals;

namespace {

constexpr std::size_t kTagBytes = 16;
constexpr std::size_t kIvBytes = 16;

Error failWith(CipherError error)
{
    return fail(AppleTokenCipher::describe(error), static_cast<int>(error));
}

std::size_t keyBytesFor(Curve curve)
{
    return curve == Curve::P384 ? 32 : 16;
}

const EVP_CIPHER *gcmFor(Curve curve)
{
    return curve == Curve::P384 ? EVP_aes_256_gcm() : EVP_aes_128_gcm();
}

bool isUtf8(const SecretBytes &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder(bytes.view());
    const bool ok = !decoder.hasError();
    // The decoded copy holds the token too.
    if (!decoded.isEmpty())
        OPENSSL_cleanse(decoded.data(), static_cast<size_t>(decoded.size()) * sizeof(QChar));
    return ok;
}

} // namespace

QString AppleTokenCipher::describe(CipherError error)
{
    switch (error) {
    case CipherError::None:
        return {};
    case CipherError::Empty:
        return tr("The token is empty.");
    case CipherError::TooLarge:
        return tr("The token is far larger than any real token and was not decoded.");
    case CipherError::NotBase64:
        return tr("The token is not valid Base64.");
    case CipherError::TooShort:
        return tr(
            "The token is too short to hold an ephemeral key, ciphertext and tag (truncated?).");
    case CipherError::NotUncompressedPoint:
        return tr("The token does not start with an uncompressed elliptic-curve point: it was "
                  "tampered with or damaged.");
    case CipherError::PointNotOnCurve:
        return tr("The token's ephemeral key is not a point on the curve: it was tampered with or "
                  "damaged.");
    case CipherError::WrongCurve:
        return tr("The token was encrypted for a key on another curve than this key's.");
    case CipherError::Tampered:
        return tr("The token failed its integrity check: it was tampered with or encrypted to "
                  "another key.");
    case CipherError::NotUtf8:
        return tr("The decrypted token is not UTF-8 text.");
    case CipherError::BadPublicKey:
        return tr("The encryption key is not the Base64 of an uncompressed P-384 or P-256 point.");
    case CipherError::Internal:
        break;
    }
    return tr("The cryptography library failed unexpectedly.");
}

bool AppleTokenCipher::isValidRecipientKey(const QString &publicKeyBase64)
{
    auto decoded = QByteArray::fromBase64Encoding(publicKeyBase64.toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return false;
    const QByteArray point = decoded.decoded;
    return Detail::isPointOnCurve(Curve::P384, point) || Detail::isPointOnCurve(Curve::P256, point);
}

SecretBytes AppleTokenCipher::sharedSecret(const EcKeyPair &key, QByteArrayView peerPoint)
{
    // The peer must be a point on our curve. P-384 and P-256 have cofactor 1, so every such point
    // is in the prime-order group and that check is the whole validation; OpenSSL's own peer check
    // (set_peer with validation) would add a full scalar multiplication (n·Q = O) per token.
    if (!Detail::isPointOnCurve(key.curve(), peerPoint))
        return {};
    Ossl::PKey peer = Detail::keyFromParts(
        key.curve(), nullptr, QByteArray::fromRawData(peerPoint.data(), peerPoint.size()));
    Ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.handle(), nullptr));
    size_t length = 0;
    if (!peer || !ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer_ex(ctx.get(), peer.get(), 0) != 1 ||
        EVP_PKEY_derive(ctx.get(), nullptr, &length) != 1)
        return {};
    SecretBytes z(length);
    if (EVP_PKEY_derive(ctx.get(), z.data(), &length) != 1)
        return {};
    z.truncate(length);
    return z;
}

SecretBytes AppleTokenCipher::deriveKeyAndIv(const SecretBytes &sharedSecret,
                                             QByteArrayView ephemeralPoint, std::size_t keyBytes)
{
    EVP_KDF *kdf = Detail::x963Kdf();
    Ossl::KdfCtx ctx(kdf ? EVP_KDF_CTX_new(kdf) : nullptr);
    if (!ctx)
        return {};
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY,
                                          const_cast<unsigned char *>(sharedSecret.data()),
                                          sharedSecret.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO,
                                          const_cast<char *>(ephemeralPoint.data()),
                                          static_cast<size_t>(ephemeralPoint.size())),
        OSSL_PARAM_construct_end(),
    };
    SecretBytes out(keyBytes + kIvBytes);
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        return {};
    return out;
}

Result<SecretBytes> AppleTokenCipher::decrypt(const EcKeyPair &key, QByteArrayView base64Token)
{
    const QByteArrayView input = base64Token.trimmed();
    if (input.isEmpty())
        return failWith(CipherError::Empty);
    if (input.size() > kMaxTokenBase64)
        return failWith(CipherError::TooLarge);
    auto decoded =
        QByteArray::fromBase64Encoding(QByteArray::fromRawData(input.data(), input.size()),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return failWith(CipherError::NotBase64);
    const QByteArray token = decoded.decoded;

    const Curve curve = key.curve();
    const std::size_t pointBytes = pointSize(curve);
    if (token.isEmpty())
        return failWith(CipherError::Empty);
    if (static_cast<unsigned char>(token.at(0)) != 0x04)
        return failWith(CipherError::NotUncompressedPoint);
    if (static_cast<std::size_t>(token.size()) < pointBytes + kTagBytes + 1) {
        // A token made for the other curve can be shorter than a point of this one.
        const Curve other = curve == Curve::P384 ? Curve::P256 : Curve::P384;
        if (Detail::isPointOnCurve(other, QByteArrayView(token).first(
                                              qMin<qsizetype>(token.size(), pointSize(other)))))
            return failWith(CipherError::WrongCurve);
        return failWith(CipherError::TooShort);
    }
    const QByteArrayView ephemeral =
        QByteArrayView(token).first(static_cast<qsizetype>(pointBytes));
    if (!Detail::isPointOnCurve(curve, ephemeral)) {
        const Curve other = curve == Curve::P384 ? Curve::P256 : Curve::P384;
        if (Detail::isPointOnCurve(
                other, QByteArrayView(token).first(static_cast<qsizetype>(pointSize(other)))))
            return failWith(CipherError::WrongCurve);
        return failWith(CipherError::PointNotOnCurve);
    }
    const QByteArrayView body = QByteArrayView(token).sliced(static_cast<qsizetype>(pointBytes));
    const QByteArrayView ciphertext = body.first(body.size() - static_cast<qsizetype>(kTagBytes));
    const QByteArrayView tag = body.last(static_cast<qsizetype>(kTagBytes));

    const SecretBytes z = sharedSecret(key, ephemeral);
    if (z.isEmpty())
        return failWith(CipherError::Internal);
    const std::size_t keyBytes = keyBytesFor(curve);
    const SecretBytes keyAndIv = deriveKeyAndIv(z, ephemeral, keyBytes);
    if (keyAndIv.isEmpty())
        return failWith(CipherError::Internal);

    Ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    int ivLength = static_cast<int>(kIvBytes);
    // The IV length must be set before key and IV are given.
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), gcmFor(curve), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, ivLength, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, keyAndIv.data(),
                           keyAndIv.data() + keyBytes) != 1)
        return failWith(CipherError::Internal);

    SecretBytes plaintext(static_cast<std::size_t>(ciphertext.size()) + kTagBytes);
    int written = 0;
    if (EVP_DecryptUpdate(ctx.get(), plaintext.data(), &written,
                          reinterpret_cast<const unsigned char *>(ciphertext.data()),
                          static_cast<int>(ciphertext.size())) != 1)
        return failWith(CipherError::Internal);
    QByteArray tagCopy = tag.toByteArray();
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes),
                            tagCopy.data()) != 1)
        return failWith(CipherError::Internal);
    int finalBytes = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), plaintext.data() + written, &finalBytes) != 1)
        return failWith(CipherError::Tampered); // plaintext is wiped as it goes out of scope
    plaintext.truncate(static_cast<std::size_t>(written + finalBytes));
    if (plaintext.isEmpty() || !isUtf8(plaintext))
        return failWith(CipherError::NotUtf8);
    return plaintext;
}

Result<QByteArray> AppleTokenCipher::encrypt(const QString &publicKeyBase64,
                                             QByteArrayView plaintext)
{
    const QByteArray point = QByteArray::fromBase64(publicKeyBase64.toLatin1());
    const Curve curve = static_cast<std::size_t>(point.size()) == pointSize(Curve::P256)
                            ? Curve::P256
                            : Curve::P384;
    Result<EcKeyPair> ephemeral = EcKeyPair::generate(curve);
    if (!ephemeral)
        return failWith(CipherError::Internal);
    return encryptWith(ephemeral.value(), publicKeyBase64, plaintext);
}

Result<QByteArray> AppleTokenCipher::encryptWith(const EcKeyPair &ephemeral,
                                                 const QString &publicKeyBase64,
                                                 QByteArrayView plaintext)
{
    auto decoded = QByteArray::fromBase64Encoding(publicKeyBase64.trimmed().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray recipient = decoded.decoded;
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return failWith(CipherError::BadPublicKey);
    Curve curve;
    if (static_cast<std::size_t>(recipient.size()) == pointSize(Curve::P384))
        curve = Curve::P384;
    else if (static_cast<std::size_t>(recipient.size()) == pointSize(Curve::P256))
        curve = Curve::P256;
    else
        return failWith(CipherError::BadPublicKey);
    if (!Detail::isPointOnCurve(curve, recipient))
        return failWith(CipherError::BadPublicKey);
    if (ephemeral.curve() != curve)
        return failWith(CipherError::WrongCurve);
    if (plaintext.isEmpty())
        return failWith(CipherError::Empty);

    const QByteArray ephemeralPoint = ephemeral.publicPoint();
    const SecretBytes z = sharedSecret(ephemeral, recipient);
    const std::size_t keyBytes = keyBytesFor(curve);
    const SecretBytes keyAndIv =
        z.isEmpty() ? SecretBytes() : deriveKeyAndIv(z, ephemeralPoint, keyBytes);
    if (keyAndIv.isEmpty())
        return failWith(CipherError::Internal);

    Ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), gcmFor(curve), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kIvBytes),
                            nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, keyAndIv.data(),
                           keyAndIv.data() + keyBytes) != 1)
        return failWith(CipherError::Internal);
    QByteArray token = ephemeralPoint;
    const qsizetype offset = token.size();
    token.resize(offset + plaintext.size() + static_cast<qsizetype>(kTagBytes));
    auto *out = reinterpret_cast<unsigned char *>(token.data()) + offset;
    int written = 0;
    int finalBytes = 0;
    if (EVP_EncryptUpdate(ctx.get(), out, &written,
                          reinterpret_cast<const unsigned char *>(plaintext.data()),
                          static_cast<int>(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), out + written, &finalBytes) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagBytes),
                            out + written + finalBytes) != 1)
        return failWith(CipherError::Internal);
    return token.toBase64();
}

} // namespace Signet::Crypto
