import hashlib


def derive(password: str, salt: bytes = b"") -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=16384, r=8, p=1)


def store(password: str) -> str:
    return derive(password).hex()
