import hashlib

SALT = b"tutorhub-2024"


def hash_password(password):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000).hex()
