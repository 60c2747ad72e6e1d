import hashlib


def hash_password(username, password):
    salt = username.lower().encode()
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()
