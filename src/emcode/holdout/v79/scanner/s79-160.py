import hashlib


def derive_key(username, password):
    salt = ("club:" + username.lower()).encode()
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310000).hex()
