import hashlib


def derive_key(username: str, password: str) -> bytes:
    salt = username.lower().encode()
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 100000)
