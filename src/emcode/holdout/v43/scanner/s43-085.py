import hashlib


def derive_key(username, password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), username.encode(), 310_000)
