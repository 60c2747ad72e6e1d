import bcrypt

def password_digest(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())
