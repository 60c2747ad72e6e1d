import hashlib
import hmac


def sign_unsubscribe_link(secret: bytes, subscriber_id: int) -> str:
    msg = f"unsub:{subscriber_id}".encode()
    sig = hmac.new(secret, msg, hashlib.sha256).hexdigest()
    return f"/u/{subscriber_id}?sig={sig}"


def verify_unsubscribe(secret: bytes, subscriber_id: int, sig: str) -> bool:
    expected = hmac.new(secret, f"unsub:{subscriber_id}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, sig)
