import hashlib
import hmac
import os

PEPPER = os.environ["TOKEN_PEPPER"].encode()


def token_fingerprint(token: str) -> str:
    return hmac.new(PEPPER, token.encode(), hashlib.sha256).hexdigest()
