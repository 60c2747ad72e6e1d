import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_record(key: bytes, data: bytes, context: bytes = b"genealogy") -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, context)


def decrypt_record(key: bytes, blob: bytes, context: bytes = b"genealogy") -> bytes:
    return AESGCM(key).decrypt(blob[:12], blob[12:], context)
