import hashlib
import hmac
import os


def hash_credentials(password, salt=None):
    salt = salt or os.urandom(16)
    dk = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt, dk


def check_credentials(password, salt, expected):
    _, dk = hash_credentials(password, salt)
    return hmac.compare_digest(dk, expected)
