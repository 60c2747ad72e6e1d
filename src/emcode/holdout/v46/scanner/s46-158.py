import hashlib
import os


def hash_password(password):
    salt = os.urandom(16)
    return salt.hex() + ":" + hashlib.sha256(salt + password.encode()).hexdigest()
