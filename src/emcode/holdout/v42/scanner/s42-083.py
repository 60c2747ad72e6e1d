import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_subject_id(key: bytes, subject_id: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, subject_id.encode(), b"subject-id")


def decrypt_subject_id(key: bytes, blob: bytes) -> str:
    return AESGCM(key).decrypt(blob[:12], blob[12:], b"subject-id").decode()
