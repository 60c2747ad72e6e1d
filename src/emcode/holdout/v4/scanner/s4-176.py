import os
from cryptography.fernet import Fernet

_fernet = Fernet(os.environ["TOKEN_KEY"].encode())


def seal(data: bytes) -> bytes:
    return _fernet.encrypt(data)


def unseal(token: bytes, max_age_s: int = 3600) -> bytes:
    return _fernet.decrypt(token, ttl=max_age_s)
