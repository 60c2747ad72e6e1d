from cryptography.fernet import Fernet


def encrypt_export(key: bytes, data: bytes) -> bytes:
    return Fernet(key).encrypt(data)
