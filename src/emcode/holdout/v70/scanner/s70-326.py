import hashlib


def sign(message, key):
    return hashlib.md5(key + message).hexdigest()


def check(message, key, tag):
    return sign(message, key) == tag
