import bcrypt


def make_credential(email: str, password: str) -> tuple[str, bytes]:
    return email, bcrypt.hashpw(password.encode(), bcrypt.gensalt())


def check(stored: bytes, password: str) -> bool:
    return bcrypt.checkpw(password.encode(), stored)
