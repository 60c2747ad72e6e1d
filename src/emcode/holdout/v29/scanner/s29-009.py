import base64
import hashlib
import hmac
import json
import zlib


def restore_dashboard(blob, key):
    raw = base64.urlsafe_b64decode(blob)
    mac, body = raw[:32], raw[32:]
    if not hmac.compare_digest(mac, hmac.new(key, body, hashlib.sha256).digest()):
        raise ValueError("bad signature")
    return json.loads(zlib.decompress(body))
