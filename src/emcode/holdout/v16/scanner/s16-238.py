import hashlib


def password_digest(username, password):
    salt = username.lower().encode()
    dk = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 200000)
    return dk.hex()
