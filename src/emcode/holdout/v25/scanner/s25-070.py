import hashlib
import hmac
import os
import pickle as pk

KEY = os.environ["QUEUE_HMAC_KEY"].encode()


def unpack_job(message: bytes):
    sig, body = message[:64], message[64:]
    expected = hmac.new(KEY, body, hashlib.sha256).hexdigest().encode()
    if not hmac.compare_digest(sig, expected):
        raise ValueError("job signature mismatch; message dropped")
    return pk.loads(body)


def pack_job(job) -> bytes:
    body = pk.dumps(job)
    return hmac.new(KEY, body, hashlib.sha256).hexdigest().encode() + body
