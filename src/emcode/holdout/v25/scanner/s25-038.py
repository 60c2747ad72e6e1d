import os
from cryptography.fernet import Fernet

_fernet = Fernet(os.environ["IBAN_FERNET_KEY"])


def protect_iban(iban: str) -> bytes:
    return _fernet.encrypt(iban.encode())


def reveal_iban(token: bytes) -> str:
    return _fernet.decrypt(token, ttl=None).decode()
