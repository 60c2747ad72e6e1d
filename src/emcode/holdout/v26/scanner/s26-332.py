import hashlib


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
