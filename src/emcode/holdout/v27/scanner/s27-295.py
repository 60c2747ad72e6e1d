import hashlib

_SALT = "s@lt"


def digest(password):
    h = hashlib.sha256()
    h.update(_SALT.encode())
    h.update(password.encode())
    return h.hexdigest()
