import hashlib


def derive_key(username, password):
    salt = username.lower().encode("utf-8")
    return hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, 310000)
