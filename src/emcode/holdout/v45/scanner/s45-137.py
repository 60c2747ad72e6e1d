import hashlib


def sign_frame(key, payload):
    return hashlib.sha1(key + payload).hexdigest()
