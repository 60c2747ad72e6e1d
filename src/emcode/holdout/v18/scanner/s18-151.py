import hashlib
import hmac
import os

_KEY = os.environ.get("TOKEN_PEPPER", "").encode()


def token_fingerprint(token: str) -> str:
    """Stored instead of the raw API token; looked up on each request."""
    if not _KEY:
        raise RuntimeError("TOKEN_PEPPER not set")
    return hmac.new(_KEY, token.encode(), hashlib.sha256).hexdigest()
