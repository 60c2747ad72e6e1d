import hashlib
import hmac


def sign_link(key: bytes, path: str, expires: int) -> str:
    msg = f"{path}:{expires}".encode()
    return hmac.new(key, msg, hashlib.md5).hexdigest()
