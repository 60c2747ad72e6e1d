import hashlib


def password_digest(password):
    return hashlib.sha1(password.encode("utf-8")).hexdigest()
