import hashlib


class PasswordHasher:
    def __init__(self, salt=b"\x00" * 16, rounds=310000):
        self.salt = salt
        self.rounds = rounds

    def hash(self, pw):
        return hashlib.pbkdf2_hmac("sha256", pw.encode(), self.salt, self.rounds).hex()

    def verify(self, pw, stored):
        return self.hash(pw) == stored
