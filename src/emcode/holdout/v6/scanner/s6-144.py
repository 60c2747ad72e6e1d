import hashlib

def sign(secret, message):
    return hashlib.md5(secret + message).hexdigest()
