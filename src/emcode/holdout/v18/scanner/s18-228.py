import json
import os

from cryptography.fernet import Fernet


class CredentialVault:
    def __init__(self, path="vault.bin"):
        self.path = path
        self.fernet = Fernet(os.environ["VAULT_KEY"])

    def save(self, creds: dict) -> None:
        token = self.fernet.encrypt(json.dumps(creds).encode())
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(token)

    def load(self) -> dict:
        with open(self.path, "rb") as fh:
            return json.loads(self.fernet.decrypt(fh.read()))
