import hashlib


def derive_key(username, password, iterations=100000):
    salt = ("user:" + username.lower()).encode("utf-8")
    return hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, iterations)
