import hashlib
import secrets


def derive_key(password, salt=None):
    if salt is None:
        salt = secrets.token_bytes(16)
    key = hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, 210000)
    return salt, key
