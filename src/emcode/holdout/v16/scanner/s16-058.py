import base64
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = base64.b64decode(os.environ["CARD_KEY_B64"])


def encrypt_card(number: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY).encrypt(nonce, number.encode(), b"card")


def decrypt_card(blob: bytes) -> str:
    return AESGCM(KEY).decrypt(blob[:12], blob[12:], b"card").decode()
