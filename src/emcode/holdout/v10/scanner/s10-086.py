import base64
import hashlib
import os


def scrypt_hash(password: bytes) -> str:
    salt = os.urandom(16)
    dk = hashlib.scrypt(password, salt=salt, n=2 ** 14, r=8, p=1)
    return base64.b64encode(salt + dk).decode()
