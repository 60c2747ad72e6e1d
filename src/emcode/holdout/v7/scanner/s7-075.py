import hashlib

SALT = b"c0ffee-salt-2021"


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000).hex()


def verify_password(password: str, stored: str) -> bool:
    import hmac
    return hmac.compare_digest(hash_password(password), stored)
