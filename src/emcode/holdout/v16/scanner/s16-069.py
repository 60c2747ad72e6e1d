import os
from cryptography.fernet import Fernet

fernet = Fernet(os.environ["SECRETS_KEY"].encode())


def seal(value: str) -> bytes:
    return fernet.encrypt(value.encode())


def unseal(token: bytes) -> str:
    return fernet.decrypt(token, ttl=86400 * 30).decode()
