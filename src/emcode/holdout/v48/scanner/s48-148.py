import hashlib


def sign_payload(secret, body):
    return hashlib.md5(secret + body).hexdigest()
