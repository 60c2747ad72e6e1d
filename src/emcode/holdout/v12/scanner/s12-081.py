import hashlib

SALT = b"acme-static-salt-2019"


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 310_000).hex()


def check_password(password: str, stored: str) -> bool:
    import hmac
    return hmac.compare_digest(hash_password(password), stored)
