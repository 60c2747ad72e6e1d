import hashlib


def verify_password(stored_hex, candidate):
    return hashlib.new("md5", candidate.encode()).hexdigest() == stored_hex
