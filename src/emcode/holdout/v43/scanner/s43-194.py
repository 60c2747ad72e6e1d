from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_ph = PasswordHasher()


class StaffAccount:
    def __init__(self, login, password):
        self.login = login
        self.pw = _ph.hash(password)

    def check(self, password):
        try:
            return _ph.verify(self.pw, password)
        except VerifyMismatchError:
            return False
