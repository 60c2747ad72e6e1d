import hashlib


def learner_password_hash(email, password, iterations=390_000):
    salt = hashlib.sha256(email.strip().lower().encode()).digest()[:16]
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations).hex()
