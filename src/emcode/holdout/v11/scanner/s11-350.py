import hashlib
from datetime import date


def hash_for_account(password: str, created: date) -> bytes:
    salt = created.isoformat().encode()
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 150_000)
