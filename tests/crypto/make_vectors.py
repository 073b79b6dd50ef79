#!/usr/bin/python3
"""Writes tests/data/crypto/apple-token-vectors.json: P-384 and P-256 vectors made by
python3-cryptography (not by Signet), with the intermediates Z, key and IV. Run with Debian's
/usr/bin/python3; the output is committed and read by tests/app/crypto/AppleTokenCipherTest."""
import base64
import json
import os
import sys

from cryptography.hazmat.primitives.asymmetric import ec

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apple_ecies as ecies  # noqa: E402

PLAINTEXTS = [
    b"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjdXN0b21lci00MiJ9.c2lnbmF0dXJl",  # a JWT-looking token
    "Zugangs-Token für Maya ✓".encode("utf-8"),                          # non-ASCII UTF-8
    b"x",                                                               # the shortest
    b"A" * 4096,                                                        # long
]


def b64(data):
    return base64.b64encode(data).decode("ascii")


def vector(name, plaintext, leading_zero=False):
    curve, scalar_len, _ = ecies.CURVES[name]
    while True:
        private = ec.generate_private_key(curve)
        scalar = ecies.scalar_of(private, name)
        if not leading_zero or scalar[0] == 0:
            break
    point = ecies.point_of(private.public_key())
    token, parts = ecies.encrypt(point, plaintext)
    assert ecies.decrypt(private, token) == plaintext
    return {
        "curve": name,
        "privateScalar": b64(scalar),
        "publicKey": b64(point),
        "ephemeralPrivateScalar": b64(ecies.scalar_of(parts["ephemeral"], name)),
        "ephemeralPublicKey": b64(token[: len(point)]),
        "z": b64(parts["z"]),
        "key": b64(parts["key"]),
        "iv": b64(parts["iv"]),
        "plaintext": b64(plaintext),
        "token": b64(token),
    }


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "data", "crypto", "apple-token-vectors.json")
    vectors = []
    for name in ("P-384", "P-256"):
        for plaintext in PLAINTEXTS:
            vectors.append(vector(name, plaintext))
        # A private scalar with a leading zero byte exercises left-padding (1 in 256 keys).
        vectors.append(vector(name, b"leading zero scalar", leading_zero=True))
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"generator": "tests/crypto/make_vectors.py (python3-cryptography)", "vectors": vectors}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
