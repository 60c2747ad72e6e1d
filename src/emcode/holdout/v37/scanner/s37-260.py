import hashlib
import hmac
import os
import pickle

_KEY = os.environ["SNAPSHOT_KEY"].encode()


def encode_snapshot(obj):
    body = pickle.dumps(obj)
    return hmac.new(_KEY, body, hashlib.sha256).digest() + body


def decode_snapshot(blob):
    tag, body = blob[:32], blob[32:]
    if not hmac.compare_digest(tag, hmac.new(_KEY, body, hashlib.sha256).digest()):
        raise ValueError("snapshot signature mismatch")
    return pickle.loads(body)
