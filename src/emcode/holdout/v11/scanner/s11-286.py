import hashlib


def derive_key(username, password):
    salt = ("user:" + username.lower()).encode()
    return hashlib.scrypt(password.encode(), salt=salt, n=16384, r=8, p=1, dklen=32)
