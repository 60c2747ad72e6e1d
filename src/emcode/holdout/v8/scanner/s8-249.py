import hashlib
import hmac
import time


def download_token(file_id: str, secret: bytes) -> str:
    expires = int(time.time()) + 600
    sig = hmac.new(secret, f"{file_id}:{expires}".encode(), hashlib.sha256).hexdigest()
    return f"{file_id}:{expires}:{sig}"


def check_token(token: str, secret: bytes) -> bool:
    file_id, expires, sig = token.rsplit(":", 2)
    good = hmac.new(secret, f"{file_id}:{expires}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(sig, good) and int(expires) > time.time()
