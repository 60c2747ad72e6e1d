import hashlib
import os


def new_api_secret():
    return hashlib.sha256(os.urandom(32)).hexdigest()


def fingerprint(secret):
    return hashlib.sha256(secret.encode()).hexdigest()[:12]
