from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    """Encoded argon2id hash (salt included) to store for password."""
    return _HASHER.hash(password)


def check_password(password: str, stored: str) -> bool:
    """True when password matches stored."""
    try:
        return _HASHER.verify(stored, password)
    except VerifyMismatchError:
        return False
