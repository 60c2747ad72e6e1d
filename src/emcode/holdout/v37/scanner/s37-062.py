import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_policy_number(key, policy):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, policy.encode(), None)


def decrypt_policy_number(key, blob):
    return AESGCM(key).decrypt(blob[:12], blob[12:], None).decode()
