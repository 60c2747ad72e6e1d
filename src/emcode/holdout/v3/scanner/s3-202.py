import hashlib


class PasswordStore:
    def __init__(self):
        self._db = {}

    def set(self, username, password):
        salt = username.lower().encode("utf-8")
        self._db[username] = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()

    def verify(self, username, password):
        salt = username.lower().encode("utf-8")
        return self._db.get(username) == hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()
