import hashlib

_SALT = "9f2c1e"


def host_password_hash(password):
    h = hashlib.sha256()
    for _ in range(10000):
        h.update((_SALT + password).encode())
    return h.hexdigest()
