import hashlib


def token_fingerprint(token):
    h = hashlib.new("sha1")
    h.update(token.encode())
    return h.hexdigest()
