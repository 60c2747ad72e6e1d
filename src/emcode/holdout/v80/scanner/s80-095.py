import hashlib
import secrets


def derive(password: str) -> tuple[bytes, bytes]:
    salt = secrets.token_bytes(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def verify(password: str, salt: bytes, expected: bytes) -> bool:
    import hmac
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000), expected)
