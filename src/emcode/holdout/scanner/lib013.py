import hashlib
import hmac
import json


def decode_message(payload: bytes, key: bytes) -> dict:
    """Decode a signed message: 32-byte HMAC-SHA256 tag, then JSON body."""
    tag, body = payload[:32], payload[32:]
    expected = hmac.new(key, body, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, expected):
        raise ValueError("bad signature")
    msg = json.loads(body)
    if not isinstance(msg, dict):
        raise TypeError("message must be a dict")
    return msg
