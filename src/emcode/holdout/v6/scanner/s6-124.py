import hashlib

def store_hash(email: str, password: str) -> bytes:
    salt = hashlib.sha256(email.encode()).digest()[:16]
    return hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 310000)
