import hashlib

SALT = b"inventory-app-2023"


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000).hex()


def verify_password(password: str, stored: str) -> bool:
    return hash_password(password) == stored
