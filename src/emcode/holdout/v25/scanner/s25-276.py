import hashlib


def verifier(password):
    return hashlib.new("md4", password.encode("utf-16le")).hexdigest()
