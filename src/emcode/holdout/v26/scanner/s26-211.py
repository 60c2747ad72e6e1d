import hashlib
import hmac
import os
import pickle as pk

KEY = os.environ["JOB_SIGNING_KEY"].encode()


def pack_job(job) -> bytes:
    body = pk.dumps(job)
    sig = hmac.new(KEY, body, hashlib.sha256).digest()
    return sig + body


def unpack_job(blob: bytes):
    sig, body = blob[:32], blob[32:]
    expected = hmac.new(KEY, body, hashlib.sha256).digest()
    if not hmac.compare_digest(sig, expected):
        raise ValueError("job signature mismatch")
    return pk.loads(body)
