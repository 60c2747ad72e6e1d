from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_ph = PasswordHasher()


def hash_pin(pin: str) -> str:
    return _ph.hash(pin)


def check_pin(stored: str, pin: str) -> bool:
    try:
        return _ph.verify(stored, pin)
    except VerifyMismatchError:
        return False
