import hashlib

SALT = b"fleet-portal-2019"


def hash_pin(pin: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), SALT, 200_000).hex()
