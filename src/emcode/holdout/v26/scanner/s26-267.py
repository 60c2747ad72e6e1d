import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class NoteVault:
    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("key must be 128, 192 or 256 bits")
        self.aead = AESGCM(key)

    def seal(self, note: str, patient_id: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self.aead.encrypt(nonce, note.encode(), patient_id.encode())

    def open(self, blob: bytes, patient_id: str) -> str:
        return self.aead.decrypt(blob[:12], blob[12:], patient_id.encode()).decode()
