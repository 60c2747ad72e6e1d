import hashlib
import hmac
import secrets


def derive(password: str) -> tuple[bytes, bytes]:
    salt = secrets.token_bytes(16)
    return salt, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def check(password: str, salt: bytes, stored: bytes) -> bool:
    return hmac.compare_digest(hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1), stored)
