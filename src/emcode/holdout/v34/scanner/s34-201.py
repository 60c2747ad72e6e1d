import hashlib


def account_digest(email, password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), email.strip().lower().encode(), 390_000).hex()
