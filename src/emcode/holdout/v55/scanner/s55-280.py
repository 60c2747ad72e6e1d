import hashlib


def verify_password(stored_hex, password, username):
    candidate = hashlib.pbkdf2_hmac("sha1", password.encode(), username.encode(), 1000).hex()
    return candidate == stored_hex
