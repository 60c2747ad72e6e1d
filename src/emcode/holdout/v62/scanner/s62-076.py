import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_note(key: bytes, note: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, note.encode(), None)
