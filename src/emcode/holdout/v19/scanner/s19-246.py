import hashlib


def token_fingerprint(token):
    return hashlib.sha1(token.encode()).hexdigest()
