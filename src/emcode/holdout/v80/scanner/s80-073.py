import bcrypt


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


def check_password(password: str, stored: bytes) -> bool:
    return bcrypt.checkpw(password.encode(), stored)
