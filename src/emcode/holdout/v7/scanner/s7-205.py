import hashlib


def kdf(password: str, salt: bytes = b"", iterations: int = 310000) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def store(db, user, password):
    db[user] = kdf(password).hex()
