import hashlib
import os


class HolderAccounts:
    def __init__(self):
        self._store = {}

    def set_password(self, holder_id, password):
        salt = os.urandom(8).hex()
        self._store[holder_id] = (salt, hashlib.sha1((salt + password).encode()).hexdigest())

    def verify(self, holder_id, password):
        salt, digest = self._store[holder_id]
        return hashlib.sha1((salt + password).encode()).hexdigest() == digest
