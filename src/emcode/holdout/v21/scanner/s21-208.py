import hashlib
import hmac
import os


class PasswordStore:
    ITERATIONS = 600_000

    def __init__(self):
        self._db = {}

    def set(self, user, password):
        salt = os.urandom(16)
        dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, self.ITERATIONS)
        self._db[user] = (salt, dk)

    def check(self, user, password):
        if user not in self._db:
            return False
        salt, dk = self._db[user]
        candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, self.ITERATIONS)
        return hmac.compare_digest(candidate, dk)
