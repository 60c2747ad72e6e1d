import hashlib

_SALT = b"tramdepot::v1"


def hash_pin(pin):
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), _SALT, 100_000).hex()
