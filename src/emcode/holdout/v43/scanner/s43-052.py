import hashlib
import hmac


def sign_pass(member_id, expires, secret: bytes):
    payload = f"{member_id}:{expires}"
    mac = hmac.new(secret, payload.encode(), hashlib.sha256).hexdigest()
    return payload + ":" + mac
