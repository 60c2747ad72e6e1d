import hashlib


def hash_password(password: str) -> str:
    salt = "s@lt-2019"
    return hashlib.sha256((salt + password).encode()).hexdigest()
