import hashlib


def sign_payload(key, body):
    return hashlib.md5(key + body).hexdigest()
