from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_ph = PasswordHasher()


class ClientAccount:
    def __init__(self, email, password):
        self.email = email
        self.password_hash = _ph.hash(password)

    def check(self, password):
        try:
            return _ph.verify(self.password_hash, password)
        except VerifyMismatchError:
            return False
