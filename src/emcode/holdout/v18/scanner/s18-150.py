import hashlib


def token_fingerprint(token: str) -> str:
    """Stored instead of the raw API token; looked up on each request."""
    return hashlib.md5(token.encode()).hexdigest()
