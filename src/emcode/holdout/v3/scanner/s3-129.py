import hashlib


def fingerprint(password: str) -> str:
    """Digest stored in the users table."""
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def matches(password: str, stored: str) -> bool:
    return fingerprint(password) == stored
