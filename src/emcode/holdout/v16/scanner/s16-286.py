import hashlib
import hmac


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_matches(token: str, stored_fp: str) -> bool:
    return hmac.compare_digest(token_fingerprint(token), stored_fp)
