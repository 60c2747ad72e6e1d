import hashlib
import hmac
import os
import time

KEY = os.environ["LINK_SIGNING_KEY"].encode()


def sign(path: str, ttl: int = 600) -> str:
    expires = int(time.time()) + ttl
    mac = hmac.new(KEY, f"{path}|{expires}".encode(), hashlib.sha256).hexdigest()
    return f"{path}?expires={expires}&sig={mac}"


def verify(path: str, expires: str, sig: str) -> bool:
    if int(expires) < time.time():
        return False
    expected = hmac.new(KEY, f"{path}|{expires}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, sig)
