import hashlib
import os


def derive_key(passphrase, salt=None, length=32):
    if salt is None:
        salt = os.urandom(16)
    if len(salt) < 16:
        raise ValueError("salt must be at least 16 bytes")
    return salt, hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 600_000, dklen=length)
