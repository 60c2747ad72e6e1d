from argon2 import PasswordHasher

_ph = PasswordHasher()


def hash_pin(pin):
    return _ph.hash(pin)


def check_pin(stored, pin):
    try:
        return _ph.verify(stored, pin)
    except Exception:
        return False
