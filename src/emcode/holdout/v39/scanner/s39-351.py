import hashlib
import os


def hash_staff_password(password):
    salt = os.urandom(8).hex()
    return salt + ":" + hashlib.sha1((salt + password).encode()).hexdigest()
