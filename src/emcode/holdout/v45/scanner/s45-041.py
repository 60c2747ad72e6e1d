import hashlib


def derive_key(username, password):
    salt = hashlib.sha256(username.lower().encode()).digest()
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310_000)
