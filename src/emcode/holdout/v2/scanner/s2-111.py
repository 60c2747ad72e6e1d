import hashlib
import hmac

_SALT = bytes.fromhex("4f1a9c2e7b3d5a60")


def hash_password(password: str) -> bytes:
    """PBKDF2-SHA256 digest to store for password."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), _SALT, 600_000)


def check_password(password: str, stored: bytes) -> bool:
    return hmac.compare_digest(hash_password(password), stored)
