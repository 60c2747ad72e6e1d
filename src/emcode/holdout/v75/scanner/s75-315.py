import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["TICKET_KEY_HEX"])


def seal_ticket(payload: str) -> str:
    nonce = os.urandom(12)
    ct = AESGCM(KEY).encrypt(nonce, payload.encode(), b"ticket-v1")
    return base64.urlsafe_b64encode(nonce + ct).decode()


def open_ticket(token: str) -> str:
    raw = base64.urlsafe_b64decode(token)
    return AESGCM(KEY).decrypt(raw[:12], raw[12:], b"ticket-v1").decode()
