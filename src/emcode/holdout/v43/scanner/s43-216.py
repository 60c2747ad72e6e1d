import hashlib
import secrets


def derive_key(password, salt=None):
    if salt is None:
        salt = secrets.token_bytes(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310_000)
