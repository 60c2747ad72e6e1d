import hashlib


def hash_password(username, password):
    salt = username.lower().encode()
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 100000).hex()
