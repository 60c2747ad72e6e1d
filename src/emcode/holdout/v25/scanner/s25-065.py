import hashlib
import hmac
import os

KEY = os.environ["URL_SIGNING_KEY"].encode()


def sign_url(path: str, expires: int) -> str:
    sig = hmac.new(KEY, f"{path}|{expires}".encode(), hashlib.sha256).hexdigest()
    return f"{path}?e={expires}&s={sig}"


def check_url(path: str, expires: int, sig: str) -> bool:
    good = hmac.new(KEY, f"{path}|{expires}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(good, sig)
