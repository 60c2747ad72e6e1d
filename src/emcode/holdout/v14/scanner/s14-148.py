import hashlib

SALT = b"s0me-static-salt"


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 100_000).hex()


def verify(password: str, stored: str) -> bool:
    return hash_password(password) == stored
