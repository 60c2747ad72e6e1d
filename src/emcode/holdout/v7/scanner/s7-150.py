import hashlib


class Credentials:
    APP_SALT = "inventory-pro"

    def __init__(self, rounds=100000):
        self.rounds = rounds

    def digest(self, pw):
        return hashlib.pbkdf2_hmac("sha512", pw.encode(), self.APP_SALT.encode(), self.rounds)
