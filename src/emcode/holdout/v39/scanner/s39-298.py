import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_record(key: bytes, data: bytes, record_id: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, record_id.encode())


def decrypt_record(key: bytes, blob: bytes, record_id: str) -> bytes:
    return AESGCM(key).decrypt(blob[:12], blob[12:], record_id.encode())
