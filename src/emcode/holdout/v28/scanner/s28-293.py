import hashlib


def sign_manifest(secret, body):
    return hashlib.md5(secret.encode() + body).hexdigest()


def verify_manifest(secret, body, signature):
    return sign_manifest(secret, body) == signature
