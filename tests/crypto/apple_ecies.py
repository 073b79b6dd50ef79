"""Apple's token encryption (eciesEncryptionCofactorVariableIVX963SHA256AESGCM), written
independently of Signet's C++ with Debian's python3-cryptography, to produce and check vectors.

token = ephemeral public point (uncompressed) || AES-GCM ciphertext || 16-byte tag
Z     = ECDH(recipient private key, ephemeral point)
key‖iv = X9.63 KDF, SHA-256, SharedInfo = ephemeral point bytes, 32+16 bytes (P-384) or 16+16 (P-256)
"""
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.x963kdf import X963KDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

CURVES = {"P-384": (ec.SECP384R1(), 48, 32), "P-256": (ec.SECP256R1(), 32, 16)}


def point_of(public_key):
    return public_key.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)


def curve_of_point(point):
    for name, (curve, scalar, _) in CURVES.items():
        if len(point) == 1 + 2 * scalar:
            return name
    raise ValueError("not an uncompressed P-256 or P-384 point")


def derive(z, ephemeral_point, key_bytes):
    material = X963KDF(algorithm=hashes.SHA256(), length=key_bytes + 16, sharedinfo=ephemeral_point).derive(z)
    return material[:key_bytes], material[key_bytes:]


def encrypt(recipient_point, plaintext, ephemeral=None):
    name = curve_of_point(recipient_point)
    curve, _, key_bytes = CURVES[name]
    recipient = ec.EllipticCurvePublicKey.from_encoded_point(curve, recipient_point)
    ephemeral = ephemeral or ec.generate_private_key(curve)
    ephemeral_point = point_of(ephemeral.public_key())
    z = ephemeral.exchange(ec.ECDH(), recipient)
    key, iv = derive(z, ephemeral_point, key_bytes)
    sealed = AESGCM(key).encrypt(iv, plaintext, None)  # ciphertext || tag
    return ephemeral_point + sealed, {"z": z, "key": key, "iv": iv, "ephemeral": ephemeral}


def decrypt(private_key, token):
    name = curve_of_point(point_of(private_key.public_key()))
    curve, scalar, key_bytes = CURVES[name]
    point_len = 1 + 2 * scalar
    ephemeral_point, sealed = token[:point_len], token[point_len:]
    ephemeral = ec.EllipticCurvePublicKey.from_encoded_point(curve, ephemeral_point)
    z = private_key.exchange(ec.ECDH(), ephemeral)
    key, iv = derive(z, ephemeral_point, key_bytes)
    return AESGCM(key).decrypt(iv, sealed, None)


def private_from_scalar(name, scalar_bytes):
    curve, _, _ = CURVES[name]
    return ec.derive_private_key(int.from_bytes(scalar_bytes, "big"), curve)


def scalar_of(private_key, name):
    return private_key.private_numbers().private_value.to_bytes(CURVES[name][1], "big")
