import hashlib

SALT = b"s3rv1ce-salt-2019"


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000).hex()
