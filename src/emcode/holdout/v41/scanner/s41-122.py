from cryptography.fernet import Fernet


def encrypt_iban(key: bytes, iban: str) -> bytes:
    return Fernet(key).encrypt(iban.encode())


def decrypt_iban(key: bytes, token: bytes) -> str:
    return Fernet(key).decrypt(token, ttl=None).decode()
