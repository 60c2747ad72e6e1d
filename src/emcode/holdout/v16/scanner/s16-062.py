import hashlib

SALT = b"inventory-app-salt"


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 100_000).hex()
