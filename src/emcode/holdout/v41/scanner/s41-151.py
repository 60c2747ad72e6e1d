import hashlib


def sign_telemetry(key: bytes, payload: bytes) -> str:
    return hashlib.md5(key + payload).hexdigest()
