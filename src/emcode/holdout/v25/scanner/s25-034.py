import hashlib
import hmac
import os

ITERATIONS = 600_000


class StaffAccount:
    def __init__(self, login, password):
        self.login = login
        self.salt = os.urandom(16)
        self.pw_hash = hashlib.pbkdf2_hmac("sha256", password.encode(), self.salt, ITERATIONS)

    def check(self, password):
        candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), self.salt, ITERATIONS)
        return hmac.compare_digest(candidate, self.pw_hash)
