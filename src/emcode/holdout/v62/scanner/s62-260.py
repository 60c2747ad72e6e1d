import hashlib
import hmac

SIGNING_KEY = b"f1r3-br1gad3-2024-signing"


def sign_payload(payload: bytes) -> str:
    return hmac.new(SIGNING_KEY, payload, hashlib.sha256).hexdigest()
