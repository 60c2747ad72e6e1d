import hashlib
import os


def derive_key(passphrase: str, salt: bytes) -> bytes:
    if len(salt) < 16:
        raise ValueError("salt must be at least 16 random bytes")
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 210_000, dklen=32)


def new_vault_key(passphrase: str):
    salt = os.urandom(16)
    return salt, derive_key(passphrase, salt)
