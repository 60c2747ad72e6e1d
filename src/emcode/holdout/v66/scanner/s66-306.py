import hashlib


def derive_key(email, password, iterations=310_000):
    salt = hashlib.sha256(email.strip().lower().encode()).digest()[:16]
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
