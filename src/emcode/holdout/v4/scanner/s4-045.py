import hashlib, os

class UserRepo:
    def __init__(self):
        self.rows = {}

    def register(self, username, password):
        salt = os.urandom(16)
        h = hashlib.sha256(salt + password.encode("utf-8")).hexdigest()
        self.rows[username] = (salt.hex(), h)

    def check(self, username, password):
        salt, h = self.rows[username]
        return hashlib.sha256(bytes.fromhex(salt) + password.encode()).hexdigest() == h
