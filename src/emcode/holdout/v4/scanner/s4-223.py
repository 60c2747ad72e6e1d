import hashlib


def derive_key(username, password):
    salt = ("salt:" + username.lower()).encode()
    return hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 100000)
