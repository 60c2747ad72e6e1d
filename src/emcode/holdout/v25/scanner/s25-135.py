import base64
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["NOTES_KEY"])


def encrypt_note(text: str) -> str:
    nonce = os.urandom(12)
    ct = AESGCM(KEY).encrypt(nonce, text.encode(), b"case-note")
    return base64.b64encode(nonce + ct).decode()


def decrypt_note(blob: str) -> str:
    raw = base64.b64decode(blob)
    return AESGCM(KEY).decrypt(raw[:12], raw[12:], b"case-note").decode()
