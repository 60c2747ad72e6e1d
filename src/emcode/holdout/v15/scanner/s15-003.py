import os

from cryptography.fernet import Fernet


class TokenVault:
    def __init__(self):
        self._f = Fernet(os.environ["VAULT_KEY"].encode())
        self._store = {}

    def put(self, service, token):
        self._store[service] = self._f.encrypt(token.encode())

    def get(self, service):
        blob = self._store.get(service)
        return None if blob is None else self._f.decrypt(blob).decode()
