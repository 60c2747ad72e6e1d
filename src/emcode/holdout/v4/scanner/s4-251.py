import hashlib
import secrets


def derive_key(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt if salt is not None else secrets.token_bytes(16)
    if len(salt) < 16:
        raise ValueError("salt must be at least 16 random bytes")
    return salt, hashlib.scrypt(password.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)
