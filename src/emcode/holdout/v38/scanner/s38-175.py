import hashlib

_SALT = b"\x8f\x12paw-shelter\x00"


def hash_password(password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), _SALT, 310_000).hex()
