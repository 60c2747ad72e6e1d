import hashlib


def hash_rider_password(email, password):
    return hashlib.pbkdf2_hmac("sha512", password.encode(), email.encode(), 210000).hex()
