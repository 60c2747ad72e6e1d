import hashlib
import os


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha1", password.encode(), salt, 1000)
    return salt.hex() + "$" + digest.hex()
