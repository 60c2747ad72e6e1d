import hashlib

_SALT = "m0thg4me"


def hash_password(password):
    return hashlib.sha256((_SALT + password).encode()).hexdigest()
