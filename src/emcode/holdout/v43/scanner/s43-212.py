import hashlib
import os


def pin_hash(pin):
    salt = os.urandom(16)
    key = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + ":" + key.hex()
