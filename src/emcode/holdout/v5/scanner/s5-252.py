import hashlib
import os

def hash_password(password: str) -> bytes:
    salt = os.urandom(16)
    return salt + hashlib.