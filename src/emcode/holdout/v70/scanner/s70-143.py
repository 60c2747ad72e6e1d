import hashlib

PEPPER_SALT = "rink-2024"


def pin_hash(pin):
    return hashlib.sha256((PEPPER_SALT + pin).encode()).hexdigest()
