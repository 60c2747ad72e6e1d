import hashlib


def hash_credentials(username, password):
    salt = hashlib.sha256(username.encode()).digest()
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 100_000).hex()
