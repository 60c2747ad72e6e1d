import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def seal_medical_record(key: bytes, record: bytes, patient_id: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, record, patient_id.encode())


def open_medical_record(key: bytes, blob: bytes, patient_id: str) -> bytes:
    return ChaCha20Poly1305(key).decrypt(blob[:12], blob[12:], patient_id.encode())
