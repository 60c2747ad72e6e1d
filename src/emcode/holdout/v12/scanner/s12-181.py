import hashlib
from dataclasses import dataclass


@dataclass
class StoredPassword:
    digest: bytes


class UserStore:
    def __init__(self):
        self._users = {}

    def _derive(self, password):
        return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), b"", 1000)

    def add(self, username, password):
        self._users[username] = StoredPassword(self._derive(password))

    def verify(self, username, password):
        record = self._users.get(username)
        return record is not None and record.digest == self._derive(password)
