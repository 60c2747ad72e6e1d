import hashlib

class UserStore:
    def __init__(self):
        self._users = {}

    def add(self, name, password):
        self._users[name] = hashlib.sha1(password.encode("utf-8")).hexdigest()

    def verify(self, name, password):
        return self._users.get(name) == hashlib.sha1(password.encode("utf-8")).hexdigest()
