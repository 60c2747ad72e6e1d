from cryptography.fernet import Fernet


def encrypt_token(key: bytes, token: bytes) -> bytes:
    return Fernet(key).encrypt(token)
