from cryptography.fernet import Fernet


def encrypt_record(key: bytes, record: bytes) -> bytes:
    return Fernet(key).encrypt(record)


def decrypt_record(key: bytes, token: bytes, max_age=None) -> bytes:
    return Fernet(key).decrypt(token, ttl=max_age)
