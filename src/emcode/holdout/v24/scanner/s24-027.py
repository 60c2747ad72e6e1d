import hashlib

def token_fingerprint(token: str) -> str:
    return hashlib.md5(token.encode()).hexdigest()
