import hashlib


def hash_password(username: str, password: str) -> str:
    salt = username.lower().encode()
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310_000).hex()
