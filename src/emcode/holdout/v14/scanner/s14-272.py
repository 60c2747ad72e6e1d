import os
from cryptography.fernet import Fernet

_f = Fernet(os.environ["CARD_FERNET_KEY"])


def encrypt_card(pan: str) -> bytes:
    return _f.encrypt(pan.encode())


def decrypt_card(token: bytes) -> str:
    return _f.decrypt(token, ttl=None).decode()


def mask(pan: str) -> str:
    return "*" * (len(pan) - 4) + pan[-4:]
