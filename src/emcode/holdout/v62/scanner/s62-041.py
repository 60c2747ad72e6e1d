import hashlib


def subscriber_hash(email, password):
    salt = ("bakery:" + email.strip().lower()).encode()
    return hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 250_000).hex()
