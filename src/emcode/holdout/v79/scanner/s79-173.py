import hashlib
import os


def hash_pin(pin):
    salt = os.urandom(8)
    return salt.hex() + "$" + hashlib.md5(salt + pin.encode()).hexdigest()
