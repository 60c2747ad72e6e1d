from argon2 import PasswordHasher

_ph = PasswordHasher()


def store_password(db, user, password):
    db[user] = _ph.hash(password)


def check_password(db, user, password):
    try:
        return _ph.verify(db[user], password)
    except Exception:
        return False
