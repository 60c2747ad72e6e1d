import os

from cryptography.fernet import Fernet

_fernet = Fernet(os.environ["PAN_KEY"].encode())


def encrypt_pan(pan: str) -> bytes:
    return _fernet.encrypt(pan.encode())


def decrypt_pan(token: bytes) -> str:
    return _fernet.decrypt(token, ttl=None).decode()
