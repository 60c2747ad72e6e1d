import hashlib
import secrets


def derive(password: str) -> tuple[bytes, bytes]:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=16384, r=8, p=1)
    return salt, key
