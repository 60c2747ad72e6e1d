import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_phone(key, phone):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, phone.encode(), b"student-phone")
