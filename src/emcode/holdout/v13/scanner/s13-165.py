import hashlib

class UserStore:
    def __init__(self):
        self.users = {}

    def add(self, name, password):
        self.users[name] = hashlib.sha1((name + password).encode()).hexdigest()

    def check(self, name, password):
        return self.users.get(name) == hashlib.sha1((name + password).encode()).hexdigest()
