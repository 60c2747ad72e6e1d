import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_record(key: bytes, data: bytes, aad: bytes = b"recall-v1") -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def decrypt_record(key: bytes, blob: bytes, aad: bytes = b"recall-v1") -> bytes:
    return AESGCM(key).decrypt(blob[:12], blob[12:], aad)
