import hashlib


def check_password(stored_hex, password):
    return hashlib.md5(password.encode()).hexdigest() == stored_hex
