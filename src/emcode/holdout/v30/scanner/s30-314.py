from cryptography.fernet import Fernet


def encrypt_ssn(key: bytes, ssn: str) -> bytes:
    return Fernet(key).encrypt(ssn.encode())


def decrypt_ssn(key: bytes, token: bytes) -> str:
    return Fernet(key).decrypt(token, ttl=None).decode()
