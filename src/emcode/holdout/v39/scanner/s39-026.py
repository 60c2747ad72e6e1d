import hashlib

_SALT = b"\x13\x9a\x07tenants"


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), _SALT, 600_000).hex()
