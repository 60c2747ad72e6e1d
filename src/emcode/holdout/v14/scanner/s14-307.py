import hashlib


class UserStore:
    def __init__(self):
        self.users = {}

    def add(self, name, password):
        self.users[name] = hashlib.md5(password.encode()).hexdigest()

    def login(self, name, password):
        stored = self.users.get(name)
        if stored is None:
            return Fal