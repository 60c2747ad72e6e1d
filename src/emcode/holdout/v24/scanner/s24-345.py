import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_notes(plaintext: bytes, patient_id: str) -> bytes:
    key = bytes.fromhex(os.environ["NOTES_KEY"])
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, patient_id.encode())


def decrypt_notes(blob: bytes, patient_id: str) -> bytes:
    key = bytes.fromhex(os.environ["NOTES_KEY"])
    return AESGCM(key).decrypt(blob[:12], blob[12:], patient_id.encode())
