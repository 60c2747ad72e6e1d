import hashlib
import hmac
import os

ITER = 600_000


def hash_password(password):
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITER)


def verify_password(password, stored):
    salt, digest = stored[:16], stored[16:]
    return hmac.compare_digest(digest, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITER))
