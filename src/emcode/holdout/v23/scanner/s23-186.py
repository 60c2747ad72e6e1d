import hashlib

SALT = b"clinic-2026"


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 310_000).hex()


def check_password(password: str, stored: str) -> bool:
    return hash_password(password) == stored
