import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_phone(key: bytes, phone: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, phone.encode(), b"client-phone")


def decrypt_phone(key: bytes, blob: bytes) -> str:
    return AESGCM(key).decrypt(blob[:12], blob[12:], b"client-phone").decode()
