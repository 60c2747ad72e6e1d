import hashlib


def check_password(stored_hex, candidate):
    return hashlib.sha1(candidate).hexdigest() == stored_hex
