import os
from cryptography.fernet import Fernet


class TokenVault:
    def __init__(self):
        self.f = Fernet(os.environ["VAULT_KEY"].encode())

    def seal(self, plaintext: str) -> bytes:
        return self.f.encrypt(plaintext.encode())

    def open(self, token: bytes, max_age: int = 86400) -> str:
        return self.f.decrypt(token, ttl=max_age).decode()
