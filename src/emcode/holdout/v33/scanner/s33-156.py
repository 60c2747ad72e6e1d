import base64
import hashlib
import hmac
import json
import os

KEY = os.environ["PERMIT_SIGNING_KEY"].encode()


def sign_permit(permit: dict) -> str:
    body = json.dumps(permit, separators=(",", ":"), sort_keys=True).encode()
    mac = hmac.new(KEY, body, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(body).decode() + "." + base64.urlsafe_b64encode(mac).decode()


def verify_permit(token: str) -> dict | None:
    try:
        b64body, b64mac = token.split(".")
        body = base64.urlsafe_b64decode(b64body)
        mac = base64.urlsafe_b64decode(b64mac)
    except ValueError:
        return None
    if not hmac.compare_digest(mac, hmac.new(KEY, body, hashlib.sha256).digest()):
        return None
    return json.loads(body)
