import hashlib


def verify(password, stored_hex):
    return hashlib.md5(password.encode()).hexdigest() == stored_hex
