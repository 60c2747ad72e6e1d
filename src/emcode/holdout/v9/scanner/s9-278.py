from argon2 import PasswordHasher

_ph = PasswordHasher()


def hash_password(username: str, password: str) -> str:
    return _ph.hash(password)
