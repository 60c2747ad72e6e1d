from passlib.hash import bcrypt


def hash_password(username: str, password: str) -> str:
    return bcrypt.using(rounds=12).hash(password)
