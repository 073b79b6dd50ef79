#pragma once

#include "Result.h"
#include "crypto/EcKeyPair.h"
#include "crypto/SecretBytes.h"
#include <QCoreApplication>

namespace Signet::Crypto {

// Why a token could not be decrypted (or encrypted). Carried as Result::errorCode().
enum class CipherError {
    None = 0,
    Empty,
    TooLarge,
    NotBase64,
    TooShort,
    NotUncompressedPoint,
    PointNotOnCurve,
    WrongCurve,
    Tampered, // the GCM tag does not match: altered, or encrypted to another key
    NotUtf8,
    BadPublicKey, // encrypt: the recipient key is not a usable point
    Internal,
};

// Apple's token encryption for Messages for Business authentication,
// eciesEncryptionCofactorVariableIVX963SHA256AESGCM (PROTOCOL.md §4):
//   token = ephemeral point (uncompressed) ‖ AES-GCM ciphertext ‖ 16-byte tag, Base64;
//   Z = ECDH(private key, ephemeral point); X9.63 KDF (SHA-256) over Z with SharedInfo = the
//   ephemeral point gives key ‖ 16-byte IV (AES-256 for P-384, AES-128 for P-256); no AAD.
// Decryption never returns partial plaintext, and every intermediate secret is wiped.
class AppleTokenCipher
{
    Q_DECLARE_TR_FUNCTIONS(Signet::Crypto::AppleTokenCipher)

public:
    // Inputs larger than this are refused before decoding (a real token is a few kilobytes).
    static constexpr qsizetype kMaxTokenBase64 = 256 * 1024;

    static Result<SecretBytes> decrypt(const EcKeyPair &key, QByteArrayView base64Token);
    // Encrypts to a responseEncryptionKey (Base64 uncompressed point) with a fresh ephemeral key.
    static Result<QByteArray> encrypt(const QString &publicKeyBase64, QByteArrayView plaintext);
    // The same with a given ephemeral key, for reproducible test vectors.
    static Result<QByteArray> encryptWith(const EcKeyPair &ephemeral,
                                          const QString &publicKeyBase64, QByteArrayView plaintext);

    static QString describe(CipherError error);
    // True for the Base64 of an uncompressed P-384 or P-256 point on its curve.
    static bool isValidRecipientKey(const QString &publicKeyBase64);

    // The X9.63 derivation on its own (key ‖ IV), exposed so tests can check the intermediates.
    static SecretBytes deriveKeyAndIv(const SecretBytes &sharedSecret,
                                      QByteArrayView ephemeralPoint, std::size_t keyBytes);
    // Z for a private key and a peer point (empty on failure).
    static SecretBytes sharedSecret(const EcKeyPair &key, QByteArrayView peerPoint);
};

} // namespace Signet::Crypto
