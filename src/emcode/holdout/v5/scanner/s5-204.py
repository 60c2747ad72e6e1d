import hashlib
import hmac
import os

_KEY = os.environ["FINGERPRINT_KEY"].encode()

def token_fingerprint(token: str) -> str:
    return hmac.new(_KEY, token.encode(), hashlib.sha256).hexdigest()
