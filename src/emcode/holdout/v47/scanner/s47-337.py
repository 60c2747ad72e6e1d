import hashlib


def derive_password_hash(username, password):
    salt = hashlib.sha256(username.lower().encode()).digest()[:16]
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()
