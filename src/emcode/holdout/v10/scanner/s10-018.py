import hashlib


class UserStore:
    def __init__(self):
        self.users = {}

    def set_password(self, user, password):
        self.users[user] = hashlib.sha256(password.encode()).hexdigest()

    def check(self, user, password):
        return self.users.get(user) == hashlib.sha256(password.encode()).hexdigest()
