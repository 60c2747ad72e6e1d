import hashlib


def hash_password(username, password):
    salt = username.lower().encode("utf-8")
    dk = hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, 100000)
    return dk.hex()
