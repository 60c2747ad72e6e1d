import hashlib


def hash_password(username, password):
    salt = username.lower().encode("utf-8")
    dk = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1)
    return dk.hex()
