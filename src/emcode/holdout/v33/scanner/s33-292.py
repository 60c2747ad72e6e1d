import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = base64.b64decode(os.environ["NOTES_KEY"])


def seal_note(text: str) -> str:
    nonce = os.urandom(12)
    ct = AESGCM(KEY).encrypt(nonce, text.encode(), b"rx-note")
    return base64.b64encode(nonce + ct).decode()


def open_note(token: str) -> str:
    raw = base64.b64decode(token)
    return AESGCM(KEY).decrypt(raw[:12], raw[12:], b"rx-note").decode()
