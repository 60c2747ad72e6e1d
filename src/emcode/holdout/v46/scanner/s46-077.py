from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_ph = PasswordHasher()


def hash_password(password):
    return _ph.hash(password)


def verify_password(stored, password):
    try:
        return _ph.verify(stored, password)
    except VerifyMismatchError:
        return False
