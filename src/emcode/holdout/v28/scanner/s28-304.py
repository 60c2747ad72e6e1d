import hashlib
import os


def hash_pin(pin):
    salt = os.urandom(8)
    return salt.hex() + ":" + hashlib.sha256(salt + pin.encode()).hexdigest()
