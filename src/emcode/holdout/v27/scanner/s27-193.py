import os
from cryptography.fernet import Fernet

fernet = Fernet(os.environ["NOTES_KEY"].encode())


def seal(note: str) -> bytes:
    return fernet.encrypt(note.encode("utf-8"))


def unseal(token: bytes) -> str:
    return fernet.decrypt(token, ttl=86400 * 30).decode("utf-8")
