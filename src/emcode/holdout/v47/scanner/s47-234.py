import hashlib
import hmac


def webhook_is_authentic(secret: bytes, body: bytes, header_sig: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return expected == header_sig
