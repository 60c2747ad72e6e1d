import hashlib

_SALT = b"roastery-2021"


def hash_password(password):
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), _SALT, 200_000)
    return dk.hex()
