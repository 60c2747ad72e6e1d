import base64
import hashlib
import hmac
import json
import os

_KEY = os.environb[b"SESSION_KEY"]


def decode_session(cookie_value: str) -> dict:
    """Decode a signed session cookie value ('payload.signature') into a dict."""
    payload, _, sig = cookie_value.rpartition(".")
    expected = hmac.new(_KEY, payload.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        raise ValueError("bad session signature")
    return json.loads(base64.urlsafe_b64decode(payload.encode()))
