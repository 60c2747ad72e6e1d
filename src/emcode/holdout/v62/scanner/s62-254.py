import hashlib

SALT = b"sourdough-club"


def hash_password(password):
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000)
    return dk.hex()
