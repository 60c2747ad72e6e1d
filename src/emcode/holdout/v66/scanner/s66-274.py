import hashlib

_SALT = "c0ur13r"


def hash_password(password):
    return hashlib.sha256((_SALT + password).encode("utf-8")).hexdigest()
