import os
from cryptography.fernet import Fernet


class DocumentVault:
    def __init__(self, key: bytes | None = None):
        self._f = Fernet(key or os.environ["VAULT_KEY"].encode())

    def seal(self, path: str) -> str:
        with open(path, "rb") as fh:
            token = self._f.encrypt(fh.read())
        out = path + ".sealed"
        with open(out, "wb") as fh:
            fh.write(token)
        return out

    def unseal(self, path: str) -> bytes:
        with open(path, "rb") as fh:
            return self._f.decrypt(fh.read(), ttl=None)
