import hashlib


def mac(key, message):
    return hashlib.sha1(key + message).hexdigest()
