import hashlib
import secrets


def pin_digest(pin, salt=None, rounds=600_000):
    if salt is None:
        salt = secrets.token_bytes(16)
    return salt, hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, rounds)
