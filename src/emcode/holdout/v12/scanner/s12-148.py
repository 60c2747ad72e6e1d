import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass
class StoredPassword:
    salt: bytes
    digest: bytes


class UserStore:
    N, R, P = 2 ** 14, 8, 1

    def __init__(self):
        self._users = {}

    def _derive(self, password, salt):
        return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=self.N, r=self.R, p=self.P, dklen=32)

    def add(self, username, password):
        salt = os.urandom(16)
        self._users[username] = StoredPassword(salt, self._derive(password, salt))

    def verify(self, username, password):
        record = self._users.get(username)
        if record is None:
            return False
        return hmac.compare_digest(record.digest, self._derive(password, record.salt))
