import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal_note(key: bytes, note: bytes, context: bytes = b"tuning-notes") -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, note, context)


def open_note(key: bytes, blob: bytes, context: bytes = b"tuning-notes") -> bytes:
    return AESGCM(key).decrypt(blob[:12], blob[12:], context)
