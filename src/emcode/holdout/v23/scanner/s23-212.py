import hashlib
import hmac
import time


def signed_download_url(path: str, secret: bytes, ttl: int = 300) -> str:
    expires = int(time.time()) + ttl
    sig = hmac.new(secret, f"{path}\n{expires}".encode(), hashlib.sha256).hexdigest()
    return f"{path}?expires={expires}&sig={sig}"
