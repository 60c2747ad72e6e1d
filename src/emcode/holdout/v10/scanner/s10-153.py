import hashlib
import os

SALT = b"inventory-app-salt"


def hash_password(password: str) -> str:
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000)
    return dk.hex()


def verify(password: str, stored: str) -> bool:
    import hmac
    return hmac.compare_digest(hash_password(password), stored)
