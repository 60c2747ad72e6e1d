import bcrypt


def hash_password(password: str) -> bytes:
    """bcrypt hash to store for password."""
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))


def check_password(password: str, stored: bytes) -> bool:
    """True when password matches the stored bcrypt hash."""
    return bcrypt.checkpw(password.encode("utf-8"), stored)
