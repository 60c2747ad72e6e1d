import hashlib


def token_fingerprint(token: str) -> str:
    return hashlib.sha1(token.encode("utf-8")).hexdigest()


def verify(token: str, stored_fp: str) -> bool:
    return token_fingerprint(token) == stored_fp
