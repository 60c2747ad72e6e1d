import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_participant_id(key: bytes, pid: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, pid.encode(), b"participant-id")
