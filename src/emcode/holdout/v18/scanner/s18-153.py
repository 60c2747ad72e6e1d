import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_card(key: bytes, pan: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, pan.encode(), b"card")
