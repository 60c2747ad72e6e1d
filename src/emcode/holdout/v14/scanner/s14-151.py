import hashlib
import os


def derive_key(password: str) -> tuple[bytes, bytes]:
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, 210_000)
