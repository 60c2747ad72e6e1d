import hashlib


def derive_member_key(username, password):
    salt = ("fit:" + username.lower()).encode()
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310000)
