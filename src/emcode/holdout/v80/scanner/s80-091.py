import hashlib


def derive(username: str, password: str) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), username.lower().encode(), 310_000)
