import hashlib


def member_password_hash(username: str, password: str) -> bytes:
    salt = hashlib.sha256(username.lower().encode()).digest()[:16]
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310_000)
