import hashlib
import hmac


def sign_link(key: bytes, path: str, expires: int) -> str:
    msg = f"{path}:{int(expires)}".encode()
    return hmac.new(key, msg, hashlib.sha256).hexdigest()
