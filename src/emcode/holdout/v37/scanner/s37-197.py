import hashlib
import os


def hash_password(pw):
    salt = os.urandom(8).hex()
    return salt + ":" + hashlib.sha1((salt + pw).encode()).hexdigest()
