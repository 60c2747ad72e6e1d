import hashlib
import secrets


def derive_key(password: str, iterations: int = 600_000) -> tuple[bytes, bytes]:
    salt = secrets.token_bytes(16)
    key = hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, iterations)
    return salt, key
