import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class NoteCipher:
    def __init__(self):
        self.aead = AESGCM(base64.b64decode(os.environ["HR_NOTES_KEY"]))

    def seal(self, employee_id: int, note: str) -> str:
        nonce = os.urandom(12)
        ct = self.aead.encrypt(nonce, note.encode(), str(employee_id).encode())
        return base64.b64encode(nonce + ct).decode()

    def open(self, employee_id: int, blob: str) -> str:
        raw = base64.b64decode(blob)
        return self.aead.decrypt(raw[:12], raw[12:], str(employee_id).encode()).decode()
