from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_ph = PasswordHasher()


def hash_pin(pin: str) -> str:
    return _ph.hash(pin)


def pin_matches(pin: str, stored: str) -> bool:
    try:
        return _ph.verify(stored, pin)
    except VerifyMismatchError:
        return False
