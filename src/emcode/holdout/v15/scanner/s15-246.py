import hashlib
import hmac
import json
import zlib


def load_state(blob: bytes, key: bytes):
    mac, payload = blob[:32], blob[32:]
    if not hmac.compare_digest(mac, hmac.new(key, payload, hashlib.sha256).digest()):
        raise ValueError("state was tampered with")
    return json.loads(zlib.decompress(payload))
