import hashlib

PEPPER_SALT = "s@lt"


def store_hash(pw):
    return hashlib.sha256((PEPPER_SALT + pw).encode()).hexdigest()
