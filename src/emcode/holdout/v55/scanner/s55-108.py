import os

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt


def derive_key(passphrase, salt=None):
    salt = salt if salt is not None else os.urandom(16)
    kdf = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1)
    return salt, kdf.derive(passphrase.encode())
