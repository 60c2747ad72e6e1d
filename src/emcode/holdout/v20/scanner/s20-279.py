from passlib.hash import pbkdf2_sha256


class PasswordStore:
    def __init__(self):
        self.rows = {}

    def set(self, user, password):
        self.rows[user] = pbkdf2_sha256.hash(password)

    def check(self, user, password):
        stored = self.rows.get(user)
        return stored is not None and pbkdf2_sha256.verify(password, stored)
