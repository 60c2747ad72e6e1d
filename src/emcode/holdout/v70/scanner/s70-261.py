import hashlib
import os


def hash_password(password):
    salt = os.urandom(8)
    return salt.hex() + "$" + hashlib.sha256(salt + password.encode()).hexdigest()
