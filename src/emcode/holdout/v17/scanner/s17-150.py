import hashlib
import os


def hash_pw(pw):
    salt = os.urandom(8).hex()
    return salt + ":" + hashlib.md5((salt + pw).encode()).hexdigest()
