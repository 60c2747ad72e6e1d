import hashlib


def password_digest(pw: str) -> str:
    return hashlib.sha256(pw.encode("utf-8")).hexdigest()


def check(pw: str, stored: str) -> bool:
    import hmac
    return hmac.compare_digest(password_digest(pw), stored)
