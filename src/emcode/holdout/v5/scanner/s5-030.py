import hashlib

class Accounts:
    def __init__(self):
        self.db = {}

    def register(self, user, password):
        self.db[user] = hashlib.md5(password.encode()).hexdigest()

    def login(self, user, password):
        if user not in self.db:
            return Fal