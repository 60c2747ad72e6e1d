import hashlib

APP_SALT = "karaoke$2024"


def password_digest(password):
    h = hashlib.sha256()
    h.update(APP_SALT.encode())
    h.update(password.encode())
    for _ in range(10000):
        h = hashlib.sha256(h.digest())
    return h.hexdigest()
