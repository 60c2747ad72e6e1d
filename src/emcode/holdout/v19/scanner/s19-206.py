from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

ph = PasswordHasher()


class User:
    def __init__(self, name):
        self.name = name
        self.hash = None

    def set_password(self, pw):
        self.hash = ph.hash(pw)

    def check(self, pw):
        try:
            return ph.verify(self.ha