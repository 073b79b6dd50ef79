#!/usr/bin/env python3
# Writes tests/data/crypto/jws-vectors.json: JWS test vectors (RS256, PS256, ES256, ES384) signed by
# Python's cryptography package, an implementation independent of Signet's, so that JwsTest checks
# interoperability and not just that Signet agrees with itself.
# Usage: tests/crypto/make_jws_vectors.py tests/data/crypto/jws-vectors.json
import base64, json, sys
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa, ec, padding, utils

def b64(b): return base64.urlsafe_b64encode(b).rstrip(b"=").decode()
def enc(o): return b64(json.dumps(o, separators=(",", ":")).encode())
def int_bytes(i, n=None):
    n = n or (i.bit_length() + 7) // 8
    return i.to_bytes(n, "big")

payload = {"iss": "https://idp.example", "aud": "signet-desk", "iat": 1764000000,
           "token_introspection": {"active": True, "sub": "acme-maya-1001", "exp": 1764003600,
                                   "iat": 1763999990, "client_id": "apple-business-chat"}}
vectors = []
rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
pub = rsa_key.public_key().public_numbers()
rsa_jwk = {"kty": "RSA", "kid": "rsa-1", "use": "sig", "alg": "RS256", "n": b64(int_bytes(pub.n)), "e": b64(int_bytes(pub.e))}
rsa_pss_jwk = dict(rsa_jwk, kid="rsa-pss", alg="PS256")
for alg, kid, sign in [
    ("RS256", "rsa-1", lambda m: rsa_key.sign(m, padding.PKCS1v15(), hashes.SHA256())),
    ("PS256", "rsa-pss", lambda m: rsa_key.sign(m, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256())),
]:
    header = {"alg": alg, "typ": "token-introspection+jwt", "kid": kid}
    si = enc(header) + "." + enc(payload)
    vectors.append({"alg": alg, "jws": si + "." + b64(sign(si.encode()))})
ec_jwks = []
for alg, curve, h, size in [("ES256", ec.SECP256R1(), hashes.SHA256(), 32), ("ES384", ec.SECP384R1(), hashes.SHA384(), 48)]:
    k = ec.generate_private_key(curve)
    n = k.public_key().public_numbers()
    kid = "ec-" + alg
    ec_jwks.append({"kty": "EC", "kid": kid, "use": "sig", "alg": alg, "crv": "P-256" if size == 32 else "P-384",
                    "x": b64(int_bytes(n.x, size)), "y": b64(int_bytes(n.y, size))})
    header = {"alg": alg, "typ": "token-introspection+jwt", "kid": kid}
    si = enc(header) + "." + enc(payload)
    r, s = utils.decode_dss_signature(k.sign(si.encode(), ec.ECDSA(h)))
    vectors.append({"alg": alg, "jws": si + "." + b64(int_bytes(r, size) + int_bytes(s, size))})
out = {"generatedBy": "Python cryptography %s, by tests/crypto/make_jws_vectors.py" % __import__("cryptography").__version__,
       "payload": payload, "jwks": {"keys": [rsa_jwk, rsa_pss_jwk] + ec_jwks}, "vectors": vectors}
json.dump(out, open(sys.argv[1], "w"), indent=1)
