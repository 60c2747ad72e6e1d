import hashlib


def token_fingerprint(token: str) -> str:
    return hashlib.md5(token.encode("utf-8")).hexdigest()


def token_matches(token: str, stored_fp: str) -> bool:
    return token_fingerprint(token) == stored_fp
