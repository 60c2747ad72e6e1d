from argon2 import PasswordHasher

_ph = PasswordHasher()


def store_password(db: dict, user: str, password: str) -> None:
    db[user] = _ph.hash(password)
