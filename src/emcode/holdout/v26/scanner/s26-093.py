import hashlib
import hmac
import os
import time

KEY = os.environ["LINK_KEY"].encode()


def sign(path: str, ttl: int = 600) -> str:
    expires = int(time.time()) + ttl
    mac = hmac.new(KEY, f"{path}:{expires}".encode(), hashlib.sha256).hexdigest()
    return f"{path}?e={expires}&s={mac}"


def verify(path: str, expires: int, sig: str) -> bool:
    if expires < time.time():
        return False
    mac = hmac.new(KEY, f"{path}:{expires}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, sig)
