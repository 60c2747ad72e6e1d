import os
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken

fernet = Fernet(os.environ["TOKEN_ENC_KEY"])


@dataclass
class StoredCredential:
    service: str
    blob: bytes

    @classmethod
    def seal(cls, service: str, token: str) -> "StoredCredential":
        return cls(service, fernet.encrypt(token.encode()))

    def open(self) -> str | None:
        try:
            return fernet.decrypt(self.blob, ttl=90 * 24 * 3600).decode()
        except InvalidToken:
            return None
