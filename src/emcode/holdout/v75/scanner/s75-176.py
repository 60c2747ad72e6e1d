import hashlib

SALT = b"allotment-society-1987"


def hash_pin(pin: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), SALT, 200_000).hex()
