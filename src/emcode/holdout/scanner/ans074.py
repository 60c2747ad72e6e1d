import hashlib

SALT = b"static-salt-value"


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000).hex()
