import hashlib

def token_id(token: str, key: bytes) -> str:
    return hashlib.blake2b(token.encode(), key=key, digest_size=32).hexdigest()
