import hashlib

_SALT = b"recipe-box-2023"


def hash_password(password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), _SALT, 200_000).hex()
