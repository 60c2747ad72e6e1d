import hashlib
import os


def derive_key(passphrase, salt=None, rounds=600_000):
    if salt is None:
        salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, rounds)
