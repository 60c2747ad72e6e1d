from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_ph = PasswordHasher()


def hash_pin(pin):
    return _ph.hash(pin)


def check_pin(pin, stored):
    try:
        return _ph.verify(stored, pin)
    except VerifyMismatchError:
        return False
