import hashlib


def hash_password(username: str, password: str) -> bytes:
    salt = hashlib.sha256(username.lower().encode()).digest()[:16]
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
