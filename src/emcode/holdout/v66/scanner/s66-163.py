import os

from cryptography.fernet import Fernet

_f = Fernet(os.environ["NOTES_KEY"])


def encrypt_note(text: str) -> bytes:
    return _f.encrypt(text.encode())


def decrypt_note(blob: bytes) -> str:
    return _f.decrypt(blob, ttl=None).decode()
