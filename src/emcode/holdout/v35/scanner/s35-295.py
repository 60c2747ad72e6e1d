import hashlib
import os


def hash_pw(pw):
    salt = os.urandom(8)
    return salt.hex() + ":" + hashlib.sha1(salt + pw.encode()).hexdigest()
