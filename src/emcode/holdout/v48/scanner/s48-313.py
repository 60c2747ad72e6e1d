from argon2 import PasswordHasher

_ph = PasswordHasher()


def password_digest(password):
    return _ph.hash(password)


def password_matches(stored, password):
    try:
        return _ph.verify(stored, password)
    except Exception:
        return False
