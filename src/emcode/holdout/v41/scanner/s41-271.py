import hashlib


def password_hash(username, password):
    salt = username.lower().encode("utf-8")
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 310000).hex()
