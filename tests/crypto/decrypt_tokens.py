#!/usr/bin/python3
"""Reads JSON from stdin: [{"curve", "privateScalar", "token"}…] (Base64) and writes
[{"plaintext"} | {"error"}…]: the independent side of the interop test, decrypting tokens that
Signet's C++ encrypted."""
import base64
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apple_ecies as ecies  # noqa: E402

results = []
for item in json.load(sys.stdin):
    try:
        key = ecies.private_from_scalar(item["curve"], base64.b64decode(item["privateScalar"]))
        plaintext = ecies.decrypt(key, base64.b64decode(item["token"]))
        results.append({"plaintext": base64.b64encode(plaintext).decode("ascii")})
    except Exception as error:  # report, do not crash: the C++ test asserts on it
        results.append({"error": type(error).__name__ + ": " + str(error)})
json.dump(results, sys.stdout)
