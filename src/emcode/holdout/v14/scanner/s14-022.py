import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass
class StoredPassword:
    salt: bytes
    digest: bytes


def hash_password(password: str) -> StoredPassword:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return StoredPassword(salt, digest)


def verify_password(password: str, stored: StoredPassword) -> bool:
    candidate = hashlib.scrypt(password.encode(), salt=stored.salt, n=2**14, r=8, p=1)
    return hmac.compare_digest(candidate, stored.digest)


class UserRegistry:
    def __init__(self):
        self._users = {}

    def register(self, name, password):
        if name in self._users:
            raise KeyError(name)
        self._users[name] = hash_password(password)

    def login(self, name, password):
        stored = self._users.get(name)
        return stored is not None and verify_password(password, stored)
