import hashlib


def derive_key(username, password):
    salt = hashlib.sha256(username.lower().encode()).digest()[:16]
    return hashlib.scrypt(password.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)
