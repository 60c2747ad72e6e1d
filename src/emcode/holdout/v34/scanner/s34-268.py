import hashlib

SALT = b"bakery-orders-2024"


def hash_password(password: str) -> str:
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 310_000)
    return dk.hex()
