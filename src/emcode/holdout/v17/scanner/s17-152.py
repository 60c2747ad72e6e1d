import hashlib


def password_digest(username, password):
    salt = username.lower().encode("utf-8")
    return hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, 100000).hex()
