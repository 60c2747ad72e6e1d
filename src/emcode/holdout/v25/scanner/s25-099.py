import hashlib
import hmac
import os

SIGNING_KEY = os.environ["EXPORT_SIGNING_KEY"].encode()


def cache_key(payload: bytes) -> str:
    return hashlib.sha1(payload, usedforsecurity=False).hexdigest()


def sign(payload: bytes) -> str:
    return hmac.new(SIGNING_KEY, payload, hashlib.sha256).hexdigest()
