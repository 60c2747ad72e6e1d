import hashlib

_SALT = "gymchain$2023"


def pin_hash(pin):
    return hashlib.sha256((_SALT + pin).encode()).hexdigest()
