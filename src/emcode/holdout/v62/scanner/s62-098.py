import hashlib
import os


def subscriber_hash(email, password):
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 250_000)
    return {"email": email.strip().lower(), "salt": salt.hex(), "hash": digest.hex()}
