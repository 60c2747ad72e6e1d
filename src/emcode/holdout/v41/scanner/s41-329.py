import hashlib
import hmac


def sign_telemetry(key: bytes, payload: bytes) -> str:
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def verify_telemetry(key: bytes, payload: bytes, sig: str) -> bool:
    return hmac.compare_digest(sign_telemetry(key, payload), sig)
