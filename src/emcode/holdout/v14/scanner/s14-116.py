import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class FieldCipher:
    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("bad key length")
        self.aead = AESGCM(key)

    def encrypt(self, plaintext: str, context: bytes = b"") -> bytes:
        nonce = os.urandom(12)
        return nonce + self.aead.encrypt(nonce, plaintext.encode(), context)

    def decrypt(self, blob: bytes, context: bytes = b"") -> str:
        return self.aead.decrypt(blob[:12], blob[12:], context).decode()
