import hashlib
import os


def hash_pin(pin):
    salt = os.urandom(8).hex()
    return salt + ":" + hashlib.md5((salt + pin).encode()).hexdigest()
