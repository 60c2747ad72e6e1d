import hashlib


def derive_key(username, password):
    salt = username.lower().encode("utf-8")
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1)
