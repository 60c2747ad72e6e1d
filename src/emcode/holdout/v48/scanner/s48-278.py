import hashlib


def derive_key(username, password):
    salt = ("cab-" + username.lower()).encode()
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
