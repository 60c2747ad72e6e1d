import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_card_ref(key, data: bytes, aad: bytes = b"card-ref") -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def decrypt_card_ref(key, blob: bytes, aad: bytes = b"card-ref") -> bytes:
    return AESGCM(key).decrypt(blob[:12], blob[12:], aad)
