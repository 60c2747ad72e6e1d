import hashlib
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

ph = PasswordHasher()


def hash_password(pw: str) -> str:
    return ph.hash(pw)


def verify(stored: str, pw: str) -> bool:
    try:
        return ph.verify(stored, pw)
    except VerifyMismatchError:
        return False


def etag_for(public_page: bytes) -> str:
    return hashlib.md5(public_page, usedforsecurity=False).hexdigest()
