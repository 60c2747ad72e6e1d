import hashlib


def token_fingerprint(token: str) -> str:
    return hashlib.sha1(token.encode()).hexdigest()
