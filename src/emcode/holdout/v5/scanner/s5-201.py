from argon2 import PasswordHasher

_ph = PasswordHasher()

class Passwords:
    def hash(self, pw: str) -> str:
        return _ph.hash(pw)

    def verify(self, stored: str, pw: str) -> bool:
        try:
            return _ph.verify(stored, pw)
        except Exception:
            return False
