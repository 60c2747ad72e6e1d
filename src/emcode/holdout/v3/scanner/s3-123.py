import hashlib
import os


def new_salt() -> bytes:
    return os.urandom(16)


def derive_key(passphrase: str, salt: bytes, length: int = 32) -> bytes:
    if len(salt) < 16:
        raise ValueError("salt must be at least 16 random bytes")
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 210_000, dklen=length)
