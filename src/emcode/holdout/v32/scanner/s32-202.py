import hashlib
import os


def store_password(password):
    salt = os.urandom(8).hex()
    digest = hashlib.md5((salt + password).encode()).hexdigest()
    return f"{salt}${digest}"
