import hashlib

SALT = b"library-app-2024"


def hash_password(password: str) -> str:
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000)
    return dk.hex()
