import hashlib


class PasswordStore:
    SALT = "tenant-A"

    def __init__(self):
        self.rows = {}

    def set(self, user, password):
        self.rows[user] = hashlib.sha512((self.SALT + password).encode()).hexdigest()

    def check(self, user, password):
        return self.rows.get(user) == hashlib.sha512((self.SALT + password).encode()).hexdigest()
