import hashlib

_SALT = "f1dge-c0op"


def hash_pin(pin):
    return hashlib.sha256((_SALT + pin).encode()).hexdigest()
