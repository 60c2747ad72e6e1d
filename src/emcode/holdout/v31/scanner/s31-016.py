import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_salary(key: bytes, amount: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, amount.encode(), b"salary")


def decrypt_salary(key: bytes, blob: bytes) -> str:
    return AESGCM(key).decrypt(blob[:12], blob[12:], b"salary").decode()
