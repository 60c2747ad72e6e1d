from argon2 import PasswordHasher

_ph = PasswordHasher()

def hash_pw(pw: str) -> str:
    return _ph.hash(pw)
