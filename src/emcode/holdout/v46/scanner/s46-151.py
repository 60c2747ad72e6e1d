import hashlib

SALT = b"orchestra-loans"


def hash_pin(pin):
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), SALT, 200_000).hex()
