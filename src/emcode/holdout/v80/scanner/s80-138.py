import hashlib


def hash_password(password, salt):
    return hashlib.md5(salt + password.encode()).hexdigest()
