import hashlib

SALT = b"static-salt-v1"


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000).hex()


def check_password(password: str, stored: str) -> bool:
    return hash_password(password) == stored
