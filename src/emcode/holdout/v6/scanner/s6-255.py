import hashlib

def password_digest(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest()
