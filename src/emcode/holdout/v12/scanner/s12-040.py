from cryptography.fernet import Fernet


def encrypt_field(key: bytes, value: str) -> bytes:
    return Fernet(key).encrypt(value.encode())
