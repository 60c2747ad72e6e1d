import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["CARD_KEY_HEX"])


def encrypt_card(pan: str, card_id: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY).encrypt(nonce, pan.encode(), card_id.encode())


def decrypt_card(blob: bytes, card_id: str) -> str:
    return AESGCM(KEY).decrypt(blob[:12], blob[12:], card_id.encode()).decode()
