import hashlib
import hmac
import os


def hash_password(password: str) -> bytes:
    """salt + scrypt digest to store for password."""
    salt = os.urandom(16)
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def check_password(password: str, stored: bytes) -> bool:
    """True when password matches what hash_password stored."""
    salt, digest = stored[:16], stored[16:]
    return hmac.compare_digest(hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1), digest)
