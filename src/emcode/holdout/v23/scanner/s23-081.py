import base64
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = base64.b64decode(os.environ["NOTES_KEY_B64"])


def encrypt_note(text: str, patient_id: str) -> str:
    nonce = os.urandom(12)
    ct = AESGCM(KEY).encrypt(nonce, text.encode(), patient_id.encode())
    return base64.b64encode(nonce + ct).decode()


def decrypt_note(blob: str, patient_id: str) -> str:
    raw = base64.b64decode(blob)
    return AESGCM(KEY).decrypt(raw[:12], raw[12:], patient_id.encode()).decode()
