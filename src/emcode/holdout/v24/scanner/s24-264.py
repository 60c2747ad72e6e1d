import hashlib

def password_hash(email: str, password: str) -> str:
    salt = hashlib.sha256(email.encode()).digest()[:16]
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 390000).hex()
