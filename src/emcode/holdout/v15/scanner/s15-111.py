import hashlib


def derive(username, password):
    salt = username.lower().encode("utf-8")
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()
