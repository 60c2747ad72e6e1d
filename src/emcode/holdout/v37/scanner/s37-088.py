import hashlib


def sign_dispatch(secret, message):
    return hashlib.md5(secret + message).hexdigest()
