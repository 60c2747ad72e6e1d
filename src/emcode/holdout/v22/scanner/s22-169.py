import json
import os

from cryptography.fernet import Fernet


class KeyVault:
    """Keeps third-party API keys encrypted at rest in a JSON file."""

    def __init__(self, path: str):
        self.path = path
        self.fernet = Fernet(os.environ["VAULT_KEY"].encode())

    def put(self, name: str, secret: str) -> None:
        data = self._read()
        data[name] = self.fernet.encrypt(secret.encode()).decode()
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(data, fh)

    def get(self, name: str) -> str:
        return self.fernet.decrypt(self._read()[name].encode()).decode()

    def _read(self) -> dict:
        if not os.path.exists(self.path):
            return {}
        with open(self.path) as fh:
            return json.load(fh)
